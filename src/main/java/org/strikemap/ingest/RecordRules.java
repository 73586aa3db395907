package org.strikemap.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.region.Region;
import org.strikemap.region.Regions;
import org.strikemap.source.Claim;
import org.strikemap.source.ClaimValue;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;

/**
 * What makes a record of a map acceptable, whoever writes it: the loader reading a file row by row, or an editor
 * saving one record. Each check answers with the reason a person can act on, or nothing when the record passes.
 * Limits: lengths are those of {@link Limits}; the record's own constructor has already checked its shape (a date
 * span against its precision, say).
 */
public final class RecordRules {

    /** Reference points may sit this far outside their region: {@link Regions#TOLERANCE_DEGREES}. */
    public static final double REGION_TOLERANCE_DEGREES = Regions.TOLERANCE_DEGREES;
    public static final Set<String> COUNT_KINDS = Claim.COUNT_KINDS;
    public static final Set<String> TEXT_KINDS = Claim.TEXT_KINDS;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private RecordRules() {
    }

    /** The region a point lies in (within the tolerance), if any of the map's. */
    public static Optional<Region> regionOf(Regions regions, GeoPoint point) {
        return regions.at(point);
    }

    /**
     * Why {@code region} cannot be a strike's at {@code point} on a map with {@code regions} (none on a map without an
     * area), or nothing.
     */
    public static Optional<String> region(Regions regions, String region, GeoPoint point) {
        if (regions.all().isEmpty()) {
            return region == null ? Optional.empty()
                    : Optional.of("region " + region + " is given, but the map has no area and so no regions; leave it empty");
        }
        if (region == null) {
            return Optional.of("region is empty; the map's area has " + regions.all().size() + " regions");
        }
        Optional<Region> found = regions.find(region);
        if (found.isEmpty()) {
            return Optional.of("region " + region + " is not one of the " + regions.all().size() + " regions of the map's area");
        }
        if (!regions.holds(region, point)) {
            return Optional.of("point " + point + " lies outside its region " + region + " (more than "
                    + REGION_TOLERANCE_DEGREES + "° from its boundary)");
        }
        return Optional.empty();
    }

    /** Why a claim's figure cannot stand, or nothing: a value or bounds, never both; counts whole and not negative. */
    public static Optional<String> figure(String kind, ClaimValue value) {
        Integer min = value.min();
        Integer max = value.max();
        boolean bounded = min != null || max != null;
        if ((value.exact() == null) == !bounded) {
            return Optional.of(bounded ? "has both a value and min/max; give one or the other" : "has neither a value nor min/max");
        }
        if ((min != null && min < 0) || (max != null && max < 0)) {
            return Optional.of("min and max are counts and never negative");
        }
        if (min != null && max != null && min > max) {
            return Optional.of("min " + min + " is greater than max " + max);
        }
        if (TEXT_KINDS.contains(kind) && bounded) {
            return Optional.of("a " + kind + " claim is text: give a value, not min/max");
        }
        if (COUNT_KINDS.contains(kind) && value.exact() != null && !value.exact().matches("\\d+")) {
            return Optional.of("value '" + value.exact() + "' of a " + kind + " claim is not a whole number");
        }
        return Optional.empty();
    }

    /** Every reason a strike saved on its own cannot stand on its map, none when it can. */
    public static List<String> strike(Strike strike, Regions regions, Set<String> sourceIds) {
        List<String> problems = new ArrayList<>();
        id(strike.id(), "strikes.id").ifPresent(problems::add);
        words(strike.location().place(), "strikes.place", "place").ifPresent(problems::add);
        words(strike.note(), "strikes.note", "note").ifPresent(problems::add);
        region(regions, strike.location().region(), strike.location().point()).ifPresent(problems::add);
        source(strike.sourceId(), sourceIds).ifPresent(problems::add);
        text(strike.citation().quote(), "strikes.quote", "quote").ifPresent(problems::add);
        return problems;
    }

    /** Every reason a claim saved on its own cannot stand, none when it can. */
    public static List<String> claim(Claim claim, Set<String> subjects, Set<String> sourceIds) {
        List<String> problems = new ArrayList<>();
        id(claim.id(), "claims.id").ifPresent(problems::add);
        if (!subjects.contains(claim.subject())) {
            problems.add("subject " + claim.subject() + " is neither a strike of the map nor '" + Claim.DATASET + "'");
        }
        if (!COUNT_KINDS.contains(claim.kind()) && !TEXT_KINDS.contains(claim.kind())) {
            problems.add("kind '" + claim.kind() + "' is not one of the claims' kinds");
        }
        figure(claim.kind(), claim.value()).ifPresent(problems::add);
        text(claim.text(), "claims.claim_text", "text").ifPresent(problems::add);
        text(claim.by(), "claims.claimed_by", "by").ifPresent(problems::add);
        source(claim.sourceId(), sourceIds).ifPresent(problems::add);
        text(claim.quote(), "claims.quote", "quote").ifPresent(problems::add);
        return problems;
    }

    /** Every reason a report saved on its own cannot stand, none when it can. */
    public static List<String> source(Source source) {
        List<String> problems = new ArrayList<>();
        id(source.id(), "sources.id").ifPresent(problems::add);
        text(source.outlet(), "sources.outlet", "outlet").ifPresent(problems::add);
        text(source.dateAsGiven(), "sources.date_as_given", "date as given").ifPresent(problems::add);
        if (source.file() != null) {
            text(source.file(), "sources.file_name", "file").ifPresent(problems::add);
            seedFile(source.id(), source.file()).ifPresent(problems::add);
        }
        if (source.headline() != null) {
            text(source.headline(), "sources.headline", "headline").ifPresent(problems::add);
        }
        if (source.note() != null) {
            text(source.note(), "sources.note", "note").ifPresent(problems::add);
        }
        if (source.url() != null) {
            text(source.url(), "sources.url", "address").ifPresent(problems::add);
            url(source.url()).ifPresent(problems::add);
        }
        storedText(source.text()).ifPresent(problems::add);
        return problems;
    }

    /** Why {@code file} cannot be the seed file of report {@code id}, or nothing: its name starts with the id. */
    static Optional<String> seedFile(String id, String file) {
        return file.startsWith(id) ? Optional.empty()
                : Optional.of("file " + file + " does not start with the source id " + id);
    }

    /** Why {@code url} cannot be a report's address, or nothing: an http or https address, without spaces. */
    public static Optional<String> url(String url) {
        return URL.matcher(url).matches() ? Optional.empty()
                : Optional.of("address '" + url + "' is not an http:// or https:// address without spaces");
    }

    /**
     * Why {@code text} cannot be a report's stored text, or nothing (none is fine): not blank, at most
     * {@link Limits#MAX_SOURCE_TEXT} characters, no control characters but tab and line ends.
     */
    static Optional<String> storedText(String text) {
        if (text == null) {
            return Optional.empty();
        }
        if (text.isBlank()) {
            return Optional.of("stored text is blank; leave it out");
        }
        try {
            Limits.Failure failure = reason -> new DatasetException("text", 0, reason);
            Limits.checkLength(text, Limits.MAX_SOURCE_TEXT, "a report's stored text", failure);
            Limits.checkCharacters(text, failure);
            return Optional.empty();
        } catch (DatasetException e) {
            return Optional.of("stored text " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
    }

    private static Optional<String> id(String id, String column) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.of("id '" + (id == null ? "" : id) + "' must start with a letter or digit and hold only letters,"
                    + " digits, '.', '_' and '-'");
        }
        return text(id, column, "id");
    }

    private static Optional<String> source(String id, Set<String> sourceIds) {
        return sourceIds.contains(id) ? Optional.empty() : Optional.of("source " + id + " is not one of the map's reports");
    }

    private static Optional<String> text(String value, String column, String what) {
        if (value == null || value.isBlank()) {
            return Optional.of(what + " is empty");
        }
        try {
            Limits.text(value, column, reason -> new DatasetException(what, 0, reason));
            return Optional.empty();
        } catch (DatasetException e) {
            return Optional.of(what + " " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
    }

    private static Optional<String> words(Text words, String column, String what) {
        if (words == null) {
            return Optional.empty();
        }
        try {
            Limits.text(words, column, reason -> new DatasetException(what, 0, reason));
            return Optional.empty();
        } catch (DatasetException e) {
            return Optional.of(what + " " + e.getMessage().substring(e.getMessage().indexOf(": ") + 2));
        }
    }
}
