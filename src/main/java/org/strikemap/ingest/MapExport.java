package org.strikemap.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.strikemap.basemap.Country;
import org.strikemap.basemap.Place;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.launch.LaunchArea;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.region.Region;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;

/**
 * A map as files in the format of {@code data/<slug>/} (data/DATASET.md), with the outlines it draws in
 * {@code boundaries/}: what a published version keeps and what "Get the data" gives. The files are canonical (one
 * spelling of each value, columns in a fixed order, translations by language tag), so reading them back and writing
 * again gives the same bytes, and the content hash of the files is the map's version.
 */
public final class MapExport {

    /** Outline coordinates as stored: 5 decimals (about 1 m). */
    static final int DECIMALS = 5;

    private MapExport() {
    }

    /** The map's files by name, in name order. */
    public static Map<String, byte[]> files(LoadedDataset map) {
        Map<String, byte[]> files = new TreeMap<>();
        String language = map.description().words().title().original();
        files.put(DatasetReader.DESCRIPTION, description(map));
        files.put(DatasetReader.SOURCES, sources(map.sources().all()));
        map.sources().all().stream().filter(source -> source.text() != null).forEach(source ->
                files.put(DatasetReader.textOf(source.id()), source.text().getBytes(StandardCharsets.UTF_8)));
        files.put(DatasetReader.STRIKES, strikes(map.strikes().all(), language));
        files.put(DatasetReader.CLAIMS, claims(map.sources().claims()));
        if (!map.baseMap().places().isEmpty()) {
            files.put(DatasetReader.PLACES, places(map.baseMap().places(), language));
        }
        if (!map.launch().sites().isEmpty()) {
            files.put(DatasetReader.LAUNCH_SITES, launchSites(map.launch().sites(), language));
        }
        if (!map.launch().rings().isEmpty()) {
            files.put(DatasetReader.RANGE_RINGS, rings(map.launch().rings(), language));
        }
        for (String country : map.description().area().countries()) {
            files.put("boundaries/" + BoundaryLibrary.REGIONS + country + ".geojson", regions(map.regions().all().stream()
                    .filter(region -> region.code().startsWith(country + "-")).toList()));
        }
        files.put("boundaries/" + BoundaryLibrary.COUNTRIES, countries(map.baseMap().countries()));
        if (!map.launch().areas().isEmpty()) {
            files.put("boundaries/" + BoundaryLibrary.LAUNCH_AREAS, launchAreas(map.launch().areas()));
        }
        return files;
    }

    private static byte[] description(LoadedDataset map) {
        CsvWriter csv = new CsvWriter(List.of("key", "value"));
        map.description().pairs().forEach((key, value) -> csv.row(List.of(key, value)));
        return csv.bytes();
    }

    private static byte[] sources(List<Source> sources) {
        // The address column only when a report has one: a map without addresses keeps the files (and hash) of before.
        boolean urls = sources.stream().anyMatch(source -> source.url() != null);
        List<String> header = new ArrayList<>(List.of("id", "file", "outlet", "headline", "date_as_given", "note"));
        if (urls) {
            header.add("url");
        }
        CsvWriter csv = new CsvWriter(header);
        for (Source source : sources) {
            List<Object> row = new ArrayList<>(List.of(source.id(), nullable(source.file()), source.outlet(),
                    nullable(source.headline()), source.dateAsGiven(), nullable(source.note())));
            if (urls) {
                row.add(nullable(source.url()));
            }
            csv.row(row);
        }
        return csv.bytes();
    }

    private static byte[] strikes(List<Strike> strikes, String language) {
        List<String> places = otherLanguages(strikes.stream().map(strike -> strike.location().place()), language);
        List<String> notes = otherLanguages(strikes.stream().map(Strike::note), language);
        List<String> header = new ArrayList<>(List.of("id", "place"));
        places.forEach(tag -> header.add("place_" + tag));
        header.addAll(List.of("region", "lat", "lon", "location_precision", "date_from", "date_to", "date_precision",
                "status", "source", "quote", "note"));
        notes.forEach(tag -> header.add("note_" + tag));
        CsvWriter csv = new CsvWriter(header);
        for (Strike strike : strikes) {
            List<Object> row = new ArrayList<>(List.of(strike.id(), strike.location().place().words()));
            places.forEach(tag -> row.add(own(strike.location().place(), tag)));
            row.add(nullable(strike.location().region()));
            row.add(number(strike.location().point().lat()));
            row.add(number(strike.location().point().lon()));
            row.add(strike.location().precision().code());
            row.add(strike.date().from());
            row.add(nullable(strike.date().to()));
            row.add(strike.date().precision().code());
            row.add(strike.status().code());
            row.add(strike.sourceId());
            row.add(strike.citation().quote());
            row.add(strike.note() == null ? "" : strike.note().words());
            notes.forEach(tag -> row.add(own(strike.note(), tag)));
            csv.row(row);
        }
        return csv.bytes();
    }

    private static byte[] claims(List<Claim> claims) {
        CsvWriter csv = new CsvWriter(List.of("id", "subject", "kind", "value", "min", "max", "text", "by", "source", "quote"));
        claims.forEach(claim -> csv.row(List.of(claim.id(), claim.subject(), claim.kind(), nullable(claim.value().exact()),
                nullable(claim.value().min()), nullable(claim.value().max()), claim.text(), claim.by(), claim.sourceId(),
                claim.quote())));
        return csv.bytes();
    }

    private static byte[] places(List<Place> places, String language) {
        List<String> names = otherLanguages(places.stream().map(Place::name), language);
        List<String> header = new ArrayList<>(List.of("name"));
        names.forEach(tag -> header.add("name_" + tag));
        header.addAll(List.of("lat", "lon", "kind", "country", "source"));
        CsvWriter csv = new CsvWriter(header);
        for (Place place : places) {
            List<Object> row = new ArrayList<>(List.of(place.name().words()));
            names.forEach(tag -> row.add(own(place.name(), tag)));
            row.addAll(List.of(number(place.point().lat()), number(place.point().lon()), place.kind(), place.country(),
                    place.source()));
            csv.row(row);
        }
        return csv.bytes();
    }

    private static byte[] launchSites(List<LaunchSite> sites, String language) {
        List<String> names = otherLanguages(sites.stream().map(LaunchSite::name), language);
        List<String> header = new ArrayList<>(List.of("id", "name"));
        names.forEach(tag -> header.add("name_" + tag));
        header.addAll(List.of("lat", "lon", "area", "by", "source", "quote"));
        CsvWriter csv = new CsvWriter(header);
        for (LaunchSite site : sites) {
            List<Object> row = new ArrayList<>(List.of(site.id(), site.name().words()));
            names.forEach(tag -> row.add(own(site.name(), tag)));
            row.addAll(List.of(number(site.point().lat()), number(site.point().lon()), nullable(site.area()), site.by(),
                    site.citation().sourceId(), site.citation().quote()));
            csv.row(row);
        }
        return csv.bytes();
    }

    private static byte[] rings(List<Ring> rings, String language) {
        List<String> labels = otherLanguages(rings.stream().map(Ring::label), language);
        List<String> header = new ArrayList<>(List.of("launch_site", "radius_km", "label"));
        labels.forEach(tag -> header.add("label_" + tag));
        header.addAll(List.of("by", "source", "quote"));
        CsvWriter csv = new CsvWriter(header);
        for (Ring ring : rings) {
            List<Object> row = new ArrayList<>(List.of(ring.launchSite(), number(ring.radiusKm()), ring.label().words()));
            labels.forEach(tag -> row.add(own(ring.label(), tag)));
            row.addAll(List.of(ring.by(), ring.citation().sourceId(), ring.citation().quote()));
            csv.row(row);
        }
        return csv.bytes();
    }

    private static byte[] regions(List<Region> regions) {
        return geoJson(regions.stream().map(region -> new GeoFeature(region.code(), region.outline(),
                named(Map.of("code", region.code()), region.name()))).toList());
    }

    private static byte[] countries(List<Country> countries) {
        return geoJson(countries.stream().map(country -> {
            Map<String, Object> properties = named(Map.of(), country.name());
            properties.put("alpha2", null);
            properties.put("iso", country.iso());
            return new GeoFeature(country.id(), country.outline(), properties);
        }).toList());
    }

    private static byte[] launchAreas(List<LaunchArea> areas) {
        return geoJson(areas.stream().map(area -> new GeoFeature(null, area.outline(), named(Map.of("id", area.id()),
                area.name()))).toList());
    }

    /** {@code first}, then {@code name} in its own language and {@code name_<tag>} in each other, as the library writes them. */
    private static Map<String, Object> named(Map<String, Object> first, Text name) {
        Map<String, Object> properties = new LinkedHashMap<>(first);
        properties.put("name", name.words());
        name.byLanguage().forEach((tag, words) -> {
            if (!tag.equals(name.original())) {
                properties.put("name_" + tag, words);
            }
        });
        return properties;
    }

    private static byte[] geoJson(List<GeoFeature> features) {
        return (GeoJson.write(features, DECIMALS) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The languages other than the map's own that any of {@code texts} gives, in tag order. */
    private static List<String> otherLanguages(Stream<Text> texts, String language) {
        TreeSet<String> tags = new TreeSet<>();
        texts.filter(text -> text != null).forEach(text -> tags.addAll(text.languages()));
        tags.remove(language);
        return List.copyOf(tags);
    }

    /** The words in {@code tag} if the text gives them, else empty (not the fallback). */
    private static String own(Text text, String tag) {
        return text != null && text.has(tag) ? text.byLanguage().get(tag) : "";
    }

    private static Object nullable(Object value) {
        return value == null ? "" : value;
    }

    /** A coordinate or radius in its shortest plain spelling ("49.9935", "650"), read back to the same double. */
    static String number(double value) {
        BigDecimal exact = BigDecimal.valueOf(value).stripTrailingZeros();
        return exact.scale() < 0 ? exact.setScale(0).toPlainString() : exact.toPlainString();
    }

}
