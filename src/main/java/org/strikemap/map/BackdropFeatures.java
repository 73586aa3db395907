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
import org.strikemap.launch.LaunchGeography;
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
                ordered("name", country.name().words(), "iso", country.iso()))).toList();
    }

    /** Launch areas with a tooltip naming them as the map labels them. */
    static List<GeoFeature> launchAreas(LoadedDataset dataset, Messages words) {
        String label = dataset.description().in(words.tag()).launchAreaLabel();
        return dataset.launch().areas().stream().map(area -> new GeoFeature(area.id(), area.outline(),
                ordered("id", area.id(), "name", area.name().in(words.tag()),
                        "tooltip", labelled(area.name().in(words.tag()), label))))
                .toList();
    }

    static List<GeoFeature> launchSites(LoadedDataset dataset, Messages words) {
        String label = dataset.description().in(words.tag()).launchAreaLabel();
        return dataset.launch().sites().stream().map(site -> new GeoFeature(site.id(), point(site.point()),
                ordered("id", site.id(), "title", labelled(site.name().in(words.tag()), label)))).toList();
    }

    /** "Voronezh Oblast: launch area named by …", or the name alone when the map gives no label. */
    private static String labelled(String name, String label) {
        return label == null ? name : name + ": " + label;
    }

    static List<GeoFeature> rangeRings(LoadedDataset dataset) {
        return dataset.launch().rings().stream().map(ring -> ring(dataset.launch(), ring)).toList();
    }

    static List<GeoFeature> places(List<Place> places, Messages words) {
        return places.stream().map(place -> new GeoFeature(place.name().words(), point(place.point()),
                ordered("name", place.name().in(words.tag()), "kind", place.kind(), "country", place.country())))
                .toList();
    }

    private static GeoFeature ring(LaunchGeography launch, Ring ring) {
        LaunchSite site = launch.siteOf(ring);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("center", List.of(site.point().lon(), site.point().lat()));
        properties.put("centerName", site.name().words());
        properties.put("radiusKm", ring.radiusKm());
        properties.put("label", ring.label().words());
        properties.put("by", ring.by());
        properties.put("source", ring.citation().sourceId());
        properties.put("quote", ring.citation().quote());
        return new GeoFeature(ring.id(), launch.outline(ring), properties);
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
