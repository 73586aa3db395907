package org.strikemap.map;

import java.util.ArrayList;
import java.util.List;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Messages;
import org.strikemap.launch.LaunchSite;
import org.strikemap.leaflet.MarkerSymbol;

/**
 * The words of the map's key, once for the page's legend and the server's picture, in the interface's language:
 * what each mark means and how the shading counts. Launch sites keep the dataset's name for them.
 */
public final class MapKey {

    /** One key row: a mark and what it means. */
    public record Entry(MarkerSymbol symbol, boolean faded, boolean possible, String text) {
    }

    private MapKey() {
    }

    /** The marks a strike can get (as {@link StrikeMarks} decides), then each launch site of {@code dataset}. */
    public static List<Entry> entries(LoadedDataset dataset, Messages words) {
        List<Entry> entries = new ArrayList<>(List.of(
                new Entry(MarkerSymbol.DOT, false, false, words.get("key.dot")),
                new Entry(MarkerSymbol.RING, false, false, words.get("key.ring")),
                new Entry(MarkerSymbol.DIAMOND, false, false, words.get("key.diamond")),
                new Entry(MarkerSymbol.DOT, true, false, words.get("key.faded")),
                new Entry(MarkerSymbol.DOT, false, true, words.get("key.possible"))));
        for (LaunchSite site : dataset.launch().sites()) {
            entries.add(new Entry(MarkerSymbol.TRIANGLE, false, false,
                    words.get("key.launch", "name", site.name().in(words.tag()))));
        }
        return List.copyOf(entries);
    }

    /** What the shading's second tone stands for. */
    public static String possibleShading(Messages words) {
        return words.get("key.possibleShading");
    }

    /** "Attacks on record in region: 0, 1, 2, 3+": the count each of the base and {@code shading}'s colours stands for. */
    public static String shadingLabel(Shading shading, Messages words) {
        StringBuilder counts = new StringBuilder("0");
        for (int i = 0; i < shading.breaks().size(); i++) {
            counts.append(", ").append(shading.breaks().get(i)).append(i == shading.breaks().size() - 1 ? "+" : "");
        }
        return words.get("key.shading", "counts", counts);
    }
}
