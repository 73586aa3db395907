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
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;

/** The layers around the strikes as GeoJSON features: countries, launch areas and sites, range rings, places. */
final class BackdropFeatures {

    private BackdropFeatures() {
    }

    static List<GeoFeature> countries(LoadedDataset dataset) {
        return dataset.baseMap().countries().stream().map(country -> new GeoFeature(country.id(), country.outline(),
                ordered("name", country.name(), "iso", country.iso()))).toList();
    }

    /** Launch areas with a tooltip naming them as the dataset labels them. */
    static List<GeoFeature> launchAreas(LoadedDataset dataset) {
        String label = dataset.description().launchAreaLabel();
        return dataset.launch().areas().stream().map(area -> new GeoFeature(area.id(), area.outline(),
                ordered("id", area.id(), "name", area.name(), "nameUk", area.nameUk(), "tooltip", area.name() + ": " + label)))
                .toList();
    }

    static List<GeoFeature> launchSites(LoadedDataset dataset) {
        String label = dataset.description().launchAreaLabel();
        return dataset.launch().sites().stream().map(site -> new GeoFeature(site.id(), point(site.point()),
                ordered("id", site.id(), "title", site.name() + ": " + label))).toList();
    }

    static List<GeoFeature> rangeRings(LoadedDataset dataset) {
        return dataset.launch().rings().stream().map(BackdropFeatures::ring).toList();
    }

    static List<GeoFeature> places(List<Place> places) {
        return places.stream().map(place -> new GeoFeature(place.name(), point(place.point()),
                ordered("name", place.name(), "nameUk", place.nameUk(), "kind", place.kind(), "country", place.country())))
                .toList();
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
