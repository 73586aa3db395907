package org.strikemap.map;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.strikemap.basemap.Place;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Messages;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;

/**
 * The layers around the strikes as GeoJSON features: countries, launch areas and sites, range rings, places; names
 * in the interface's language where the data gives them ({@code name}), else in English.
 */
final class BackdropFeatures {

    private BackdropFeatures() {
    }

    static List<GeoFeature> countries(LoadedDataset dataset) {
        return dataset.baseMap().countries().stream().map(country -> new GeoFeature(country.id(), country.outline(),
                ordered("name", country.name(), "iso", country.iso()))).toList();
    }

    /** Launch areas with a tooltip naming them as the dataset labels them. */
    static List<GeoFeature> launchAreas(LoadedDataset dataset, Messages words) {
        String label = dataset.description().in(words.tag()).launchAreaLabel();
        return dataset.launch().areas().stream().map(area -> new GeoFeature(area.id(), area.outline(),
                ordered("id", area.id(), "name", area.name(), "nameUk", area.nameUk(),
                        "tooltip", localName(area.name(), area.nameUk(), words) + ": " + label)))
                .toList();
    }

    static List<GeoFeature> launchSites(LoadedDataset dataset, Messages words) {
        String label = dataset.description().in(words.tag()).launchAreaLabel();
        return dataset.launch().sites().stream().map(site -> new GeoFeature(site.id(), point(site.point()),
                ordered("id", site.id(), "title", siteName(dataset, site, words) + ": " + label))).toList();
    }

    /** A launch site is named as its area is in the interface's language; the dataset names sites in English. */
    static String siteName(LoadedDataset dataset, LaunchSite site, Messages words) {
        return dataset.launch().areas().stream().filter(area -> area.id().equals(site.area())).findFirst()
                .map(area -> localName(site.name(), area.nameUk(), words)).orElse(site.name());
    }

    static List<GeoFeature> rangeRings(LoadedDataset dataset) {
        return dataset.launch().rings().stream().map(BackdropFeatures::ring).toList();
    }

    static List<GeoFeature> places(List<Place> places, Messages words) {
        return places.stream().map(place -> new GeoFeature(place.name(), point(place.point()),
                ordered("name", localName(place.name(), place.nameUk(), words), "nameUk", place.nameUk(),
                        "kind", place.kind(), "country", place.country())))
                .toList();
    }

    /** The Ukrainian name in the Ukrainian interface when there is one, else the English one. */
    static String localName(String name, String nameUk, Messages words) {
        return "uk".equals(words.tag()) && nameUk != null && !nameUk.isBlank() ? nameUk : name;
    }

    private static GeoFeature ring(Ring ring) {
        LaunchSite site = ring.site();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("center", List.of(site.point().lon(), site.point().lat()));
        properties.put("centerName", site.name());
        properties.put("radiusKm", ring.radiusKm());
        properties.put("label", ring.label());
        properties.put("by", ring.by());
        properties.put("source", ring.sourceId());
        properties.put("quote", ring.quote());
        return new GeoFeature(ring.id(), ring.outline(), properties);
    }

    static org.locationtech.jts.geom.Point point(GeoPoint point) {
        return GeoJson.WGS84.createPoint(new Coordinate(point.lon(), point.lat()));
    }

    /** Properties in the order given, as name/value pairs; null values are kept (as JSON null). */
    static Map<String, Object> ordered(Object... nameValues) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (int i = 0; i < nameValues.length; i += 2) {
            properties.put((String) nameValues[i], nameValues[i + 1]);
        }
        return properties;
    }
}
