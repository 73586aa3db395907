package org.strikemap.map;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.i18n.Messages;
import org.strikemap.region.Region;
import org.strikemap.strike.Location;
import org.strikemap.strike.Strike;
import org.strikemap.launch.LaunchSite;
import org.strikemap.geo.Geodesy;
import org.strikemap.i18n.Text;
import java.util.Optional;

/**
 * Strikes and regions as GeoJSON features, with the drawing rules of {@link StrikeMarks} written into each strike, and
 * their words (place, region, date, notes) in one interface language. Quotes stay as reported, in {@code quoteLang}.
 */
final class StrikeFeatures {

    private StrikeFeatures() {
    }

    static List<GeoFeature> strikes(LoadedDataset dataset, List<Strike> strikes, Messages words) {
        return strikes.stream().map(strike -> strike(dataset, strike, words)).toList();
    }

    /**
     * Every region with how many located attacks lie in it by the time rule in {@code window}: {@code onRecord}
     * (their whole date span inside it) and {@code possible} (their span meets it without lying inside), the two
     * counts the map shades by ({@link Shading#fillFor}).
     */
    static List<GeoFeature> regions(LoadedDataset dataset, List<Strike> strikes, TimeWindow window, Messages words) {
        Map<String, Integer> onRecord = dataset.regions().attackCounts(in(strikes, window, DayState.RECORD));
        Map<String, Integer> possible = dataset.regions().attackCounts(in(strikes, window, DayState.POSSIBLE));
        return dataset.regions().all().stream().map(region -> region(region, onRecord.getOrDefault(region.code(), 0),
                possible.getOrDefault(region.code(), 0), words)).toList();
    }

    /** The strikes in {@code state} in {@code window}, by the time rule. */
    static List<Strike> in(List<Strike> strikes, TimeWindow window, DayState state) {
        return strikes.stream().filter(strike -> window.stateOf(strike.date()) == state).toList();
    }

    private static GeoFeature strike(LoadedDataset dataset, Strike strike, Messages words) {
        String language = words.tag();
        Location location = strike.location();
        String regionName = dataset.regions().nameOf(location.region(), language);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("id", strike.id());
        properties.put("place", location.place().in(language));
        properties.put("placeLang", location.place().languageOf(language));
        properties.put("region", location.region());
        properties.put("regionName", regionName);
        properties.put("dateFrom", strike.date().from().toString());
        properties.put("dateTo", strike.date().to() == null ? null : strike.date().to().toString());
        properties.put("datePrecision", strike.date().precision().code());
        properties.put("dateLabel", StrikeNotes.dateLabel(strike.date(), words));
        properties.put("when", StrikeNotes.when(strike.date(), words));
        properties.put("locationPrecision", location.precision().code());
        properties.put("where", regionName == null ? null : StrikeNotes.where(location.precision(), regionName, words));
        properties.put("status", strike.status().code());
        Optional<LaunchSite> origin = dataset.launch().origin();
        Double kilometres = origin.map(site -> Geodesy.distanceKm(site.point(), location.point())).orElse(null);
        properties.put("distanceFromLaunchKm", kilometres == null ? null : Math.round(kilometres * 10) / 10.0);
        properties.put("distanceNote", origin.map(site -> StrikeNotes.distance(kilometres, site,
                site.name().in(language), words)).orElse(null));
        properties.put("title", title(strike, words));
        properties.put(StrikeMarks.SYMBOL, StrikeMarks.symbolOf(strike.status(), strike.location().precision()).id());
        properties.put(StrikeMarks.FADED, StrikeMarks.faded(strike.date().precision()));
        properties.put(StrikeMarks.VISIBLE_FROM, StrikeMarks.visibleFrom(strike.date()).toString());
        LocalDate onRecordFrom = StrikeMarks.onRecordFrom(strike.date());
        properties.put(StrikeMarks.ON_RECORD_FROM, onRecordFrom == null ? null : onRecordFrom.toString());
        properties.put(StrikeMarks.COUNTED, StrikeMarks.counted(strike.status()));
        properties.put("source", strike.sourceId());
        properties.put("quote", strike.citation().quote());
        properties.put("quoteLang", dataset.description().reportsLanguage());
        Text note = strike.note();
        properties.put("note", note == null || note.in(language).isBlank() ? null : note.in(language));
        properties.put("noteLang", note == null ? null : note.languageOf(language));
        properties.put("claims", dataset.sources().claimsAbout(strike.id()).stream().map(ReportProperties::of).toList());
        properties.put("sources", dataset.sources().citedAbout(strike.id(), strike.sourceId()).stream()
                .map(ReportProperties::of).toList());
        Coordinate position = new Coordinate(location.point().lon(), location.point().lat());
        return new GeoFeature(strike.id(), GeoJson.WGS84.createPoint(position), properties);
    }

    /** What a mark is called for a screen reader and in its tooltip: place and date, and its status if not reported. */
    static String title(Strike strike, Messages words) {
        String title = strike.location().place().in(words.tag()) + ", " + StrikeNotes.dateLabel(strike.date(), words);
        return strike.status().countsAsAttack() ? title : title + " (" + words.get("status." + strike.status().code()) + ")";
    }

    /**
     * {@code name} in the page's language (or the data's own), {@code names} in every language the data gives, and
     * how many located attacks are on record and possible in it.
     */
    private static GeoFeature region(Region region, int onRecord, int possible, Messages words) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", region.code());
        properties.put("name", region.name().in(words.tag()));
        properties.put("names", region.name().byLanguage());
        properties.put("onRecord", onRecord);
        properties.put("possible", possible);
        return new GeoFeature(region.code(), region.outline(), properties);
    }
}
