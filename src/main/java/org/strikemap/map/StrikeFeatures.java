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

    static List<GeoFeature> regions(LoadedDataset dataset, Map<String, Integer> counts, Messages words) {
        return dataset.regions().all().stream()
                .map(region -> region(region, counts.getOrDefault(region.code(), 0), words)).toList();
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
        properties.put(StrikeMarks.SYMBOL, StrikeMarks.symbolOf(strike).id());
        properties.put(StrikeMarks.FADED, StrikeMarks.faded(strike));
        properties.put(StrikeMarks.VISIBLE_FROM, StrikeMarks.visibleFrom(strike).toString());
        LocalDate onRecordFrom = StrikeMarks.onRecordFrom(strike);
        properties.put(StrikeMarks.ON_RECORD_FROM, onRecordFrom == null ? null : onRecordFrom.toString());
        properties.put(StrikeMarks.COUNTED, StrikeMarks.counted(strike));
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
        return strike.reported() ? title : title + " (" + words.get("status." + strike.status().code()) + ")";
    }

    /** {@code name} in the page's language (or the data's own), {@code names} in every language the data gives. */
    private static GeoFeature region(Region region, int count, Messages words) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", region.code());
        properties.put("name", region.name().in(words.tag()));
        properties.put("names", region.name().byLanguage());
        properties.put("strikeCount", count);
        return new GeoFeature(region.code(), region.outline(), properties);
    }
}
