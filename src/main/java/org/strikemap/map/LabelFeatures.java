package org.strikemap.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.strikemap.basemap.Country;
import org.strikemap.basemap.Place;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.Bounds;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.Geodesy;
import org.strikemap.i18n.Messages;
import org.strikemap.launch.LaunchGeography;
import org.strikemap.launch.Ring;

/**
 * Text labels for the map: countries (placed inside the dataset's view), places (those near a capital only when
 * zoomed in), and each range ring's label on the ring at the dataset's chosen bearing, turned along it. Each label
 * carries a {@code rank} (lower first: capitals and the launch site, then rings, cities, countries) by which the
 * browser keeps the more important of two labels that would collide; a ring label also carries other places along
 * its ring ({@code anchors}, nearest the chosen bearing first) where it may move if its own would be cut off.
 */
final class LabelFeatures {

    /** A country gets a label only if this much of it (square degrees) lies in view. */
    private static final double MIN_LABELLED_AREA = 1.5;
    /** Places closer than this to a capital would collide with its label at the first zoom levels. */
    private static final double NEARBY_KM = 40;
    /** Bearings (degrees off the chosen one) where a ring label may sit instead, nearest first. */
    private static final int[] RING_LABEL_SHIFTS = {0, -12, 12, -24, 24, -36, 36, -50, 50, -65, 65, -80, 80};
    private static final int RING_RANK = 2;
    private static final int COUNTRY_RANK = 4;

    private LabelFeatures() {
    }

    static List<GeoFeature> countryLabels(LoadedDataset dataset, Messages words) {
        Bounds view = dataset.description().view();
        Geometry box = GeoJson.WGS84.toGeometry(new Envelope(view.west(), view.east(), view.south(), view.north()));
        List<GeoFeature> labels = new ArrayList<>();
        for (Country country : dataset.baseMap().countries()) {
            Geometry inside = country.outline().intersection(box);
            if (inside.getArea() >= MIN_LABELLED_AREA) {
                labels.add(new GeoFeature(null, inside.getInteriorPoint(),
                        BackdropFeatures.ordered("name", country.name().in(words.tag()),
                                "kind", "country", "rank", COUNTRY_RANK)));
            }
        }
        return labels;
    }

    static List<GeoFeature> placeLabels(LoadedDataset dataset, boolean nearACapital, Messages words) {
        List<Place> places = dataset.baseMap().places();
        return BackdropFeatures.places(places.stream().filter(place -> nearACapital(place, places) == nearACapital).toList(),
                words)
                .stream().map(feature -> {
                    Map<String, Object> properties = new LinkedHashMap<>(feature.properties());
                    properties.put("rank", rankOf(String.valueOf(properties.get("kind"))));
                    return new GeoFeature(feature.id(), feature.geometry(), properties);
                }).toList();
    }

    /** A capital or the launch site names what the map is about; other towns come after the ring's claim. */
    private static int rankOf(String placeKind) {
        return switch (placeKind) {
            case "capital", "launch" -> 1;
            default -> 3;
        };
    }

    static List<GeoFeature> ringLabels(LoadedDataset dataset, Messages words) {
        double bearingWanted = dataset.description().ringLabelBearing();
        List<GeoFeature> labels = new ArrayList<>();
        for (Ring ring : dataset.launch().rings()) {
            List<List<Double>> anchors = new ArrayList<>();
            for (int shift : RING_LABEL_SHIFTS) {
                anchors.add(anchorAt(dataset.launch(), ring, bearingWanted + shift));
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("label", ring.label().in(words.tag()));
            properties.put("kind", "ring");
            properties.put("angle", anchors.getFirst().get(2));
            properties.put("rank", RING_RANK);
            properties.put("anchors", anchors);
            labels.add(new GeoFeature(null, GeoJson.WGS84.createPoint(
                    new Coordinate(anchors.getFirst().get(0), anchors.getFirst().get(1))), properties));
        }
        return labels;
    }

    /** [lon, lat, screen angle] of the ring's vertex nearest the bearing, the angle turned along the ring. */
    private static List<Double> anchorAt(LaunchGeography launch, Ring ring, double bearingWanted) {
        Coordinate[] vertices = launch.outline(ring).getCoordinates();
        double lon0 = launch.siteOf(ring).point().lon();
        double lat0 = launch.siteOf(ring).point().lat();
        int best = 0;
        double bestGap = Double.MAX_VALUE;
        for (int i = 0; i < vertices.length - 1; i++) {
            double bearing = Math.toDegrees(Math.atan2((vertices[i].x - lon0) * Math.cos(Math.toRadians(lat0)),
                    vertices[i].y - lat0));
            double gap = Math.abs(((bearing - bearingWanted) % 360 + 540) % 360 - 180);
            if (gap < bestGap) {
                bestGap = gap;
                best = i;
            }
        }
        Coordinate at = vertices[best];
        Coordinate next = vertices[(best + 1) % (vertices.length - 1)];
        return List.of(at.x, at.y, (double) Math.round(screenAngle(at, next)));
    }

    private static boolean nearACapital(Place place, List<Place> places) {
        return !place.capital() && places.stream().filter(Place::capital)
                .anyMatch(capital -> Geodesy.distanceKm(place.point(), capital.point()) < NEARBY_KM);
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
