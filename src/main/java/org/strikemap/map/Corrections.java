package org.strikemap.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Messages;
import org.strikemap.i18n.Text;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/**
 * What changed between two versions, told in plain words in the page's language, one sentence per strike:
 * "Kyiv, 2 January 2024: the date was corrected from “January 2024” to “2 January 2024” (Reuters)." The words are the
 * bundles' ({@code correction.*}); the values the data's, worded as the map words them (dates as the card says them).
 */
public final class Corrections {

    private Corrections() {
    }

    /** The sentences for {@code changes}, made from {@code before} to {@code after}. */
    public static List<String> sentences(List<VersionDiff.StrikeChange> changes, LoadedDataset before, LoadedDataset after,
                                         Messages words) {
        List<String> sentences = new ArrayList<>();
        for (VersionDiff.StrikeChange change : changes) {
            LoadedDataset shown = change.kind() == VersionDiff.Kind.REMOVED ? before : after;
            String strike = StrikeFeatures.title(change.strike(), words);
            sentences.add(switch (change.kind()) {
                case ADDED -> words.get("correction.added", "strike", strike);
                case REMOVED -> words.get("correction.removed", "strike", strike);
                case CHANGED -> words.get("correction.changed", "strike", strike, "what", String.join("; ",
                        change.fields().stream().map(field -> phrase(field, before, after, words)).toList()),
                        "by", shown.sources().find(change.strike().sourceId()).map(source -> source.outlet()).orElse(""));
            });
        }
        return sentences;
    }

    private static String phrase(VersionDiff.FieldChange change, LoadedDataset before, LoadedDataset after, Messages words) {
        String field = words.get("correction.field." + change.field().name().toLowerCase(Locale.ROOT));
        String from = value(change.from(), before, words);
        String to = value(change.to(), after, words);
        return from == null || to == null ? words.get("correction.changedOnly", "field", field)
                : words.get("correction.changedFromTo", "field", field, "from", from, "to", to);
    }

    /** A value as readers read it, or null for one told without its values (a point, a quote, the figures). */
    private static String value(Object value, LoadedDataset map, Messages words) {
        return switch (value) {
            case Text text -> text.in(words.tag());
            case ReportedDate date -> StrikeNotes.dateLabel(date, words);
            case StrikeStatus status -> words.get("correction.status." + status.code());
            case LocationPrecision precision -> words.get("correction.precision." + precision.code());
            case String region when map.regions().find(region).isPresent() -> map.regions().nameOf(region, words.tag());
            case null, default -> null;
        };
    }

}
