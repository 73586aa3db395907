package org.strikemap.map;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
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

    /** How a key row draws its mark: as it is, lighter (a vague date), or as its ghost (possible). */
    public enum Look { PLAIN, FADED, POSSIBLE }

    /** One key row: a mark, how it is drawn, and what it means. Sent to the legend as {symbol, faded, possible, text}. */
    public record Entry(MarkerSymbol symbol, @JsonIgnore Look look, String text) {

        @JsonProperty("faded")
        public boolean faded() {
            return look == Look.FADED;
        }

        @JsonProperty("possible")
        public boolean possible() {
            return look == Look.POSSIBLE;
        }
    }

    private MapKey() {
    }

    /** The marks a strike can get (as {@link StrikeMarks} decides), then each launch site of {@code dataset}. */
    public static List<Entry> entries(LoadedDataset dataset, Messages words) {
        List<Entry> entries = new ArrayList<>(List.of(
                new Entry(MarkerSymbol.DOT, Look.PLAIN, words.get("key.dot")),
                new Entry(MarkerSymbol.RING, Look.PLAIN, words.get("key.ring")),
                new Entry(MarkerSymbol.DIAMOND, Look.PLAIN, words.get("key.diamond")),
                new Entry(MarkerSymbol.DOT, Look.FADED, words.get("key.faded")),
                new Entry(MarkerSymbol.DOT, Look.POSSIBLE, words.get("key.possible"))));
        for (LaunchSite site : dataset.launch().sites()) {
            entries.add(new Entry(MarkerSymbol.TRIANGLE, Look.PLAIN,
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
