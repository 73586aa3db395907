package org.strikemap.map;

import java.util.ArrayList;
import java.util.List;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.launch.LaunchSite;
import org.strikemap.leaflet.MarkerSymbol;

/**
 * The words of the map's key, once for the page's legend and the server's picture: what each mark means and how
 * the shading counts. Limits: English only.
 */
public final class MapKey {

    /** One key row: a mark and what it means. */
    public record Entry(MarkerSymbol symbol, boolean faded, boolean possible, String text) {
    }

    /** What the shading's second tone stands for. */
    public static final String POSSIBLE_SHADING = "Region with attacks possible, none yet on record";

    private MapKey() {
    }

    /** The marks a strike can get (as {@link StrikeMarks} decides), then each launch site of {@code dataset}. */
    public static List<Entry> entries(LoadedDataset dataset) {
        List<Entry> entries = new ArrayList<>(List.of(
                new Entry(MarkerSymbol.DOT, false, false, "Town or site reported"),
                new Entry(MarkerSymbol.RING, false, false, "Only the region is known"),
                new Entry(MarkerSymbol.DIAMOND, false, false, "Under investigation"),
                new Entry(MarkerSymbol.DOT, true, false, "Vague date: drawn lighter"),
                new Entry(MarkerSymbol.DOT, false, true, "Outline: possible, its dates not yet ended")));
        for (LaunchSite site : dataset.launch().sites()) {
            entries.add(new Entry(MarkerSymbol.TRIANGLE, false, false, "Launch area (" + site.name() + ")"));
        }
        return List.copyOf(entries);
    }

    /** "Attacks on record in region: 0, 1, 2, 3+": the count each of the base and {@code shading}'s colours stands for. */
    public static String shadingLabel(Shading shading) {
        StringBuilder counts = new StringBuilder("Attacks on record in region: 0");
        for (int i = 0; i < shading.breaks().size(); i++) {
            counts.append(", ").append(shading.breaks().get(i)).append(i == shading.breaks().size() - 1 ? "+" : "");
        }
        return counts.toString();
    }
}
