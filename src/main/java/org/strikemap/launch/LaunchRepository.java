package org.strikemap.launch;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.geo.GeoPoint;

/** Reads launch sites, range rings and launch-area outlines, as the last load left them. */
@Repository
class LaunchRepository {

    record RangeRingRow(String launchSite, double radiusKm, String label, String labelUk, String by, String sourceId, String quote) {
    }

    record AreaRow(String id, String name, String nameUk, String geometryJson) {
    }

    private final JdbcClient jdbc;

    LaunchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LaunchSite> sites() {
        return jdbc.sql("select id, name, lat, lon, area, claimed_by, source_id, quote from launch_sites order by position")
                .query((rs, n) -> new LaunchSite(rs.getString(1), rs.getString(2), new GeoPoint(rs.getDouble(3), rs.getDouble(4)),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                .list();
    }

    List<RangeRingRow> rangeRings() {
        return jdbc.sql("""
                select launch_site, radius_km, label, label_uk, claimed_by, source_id, quote
                from range_rings order by position""")
                .query((rs, n) -> new RangeRingRow(rs.getString(1), rs.getDouble(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    List<AreaRow> launchAreas() {
        return jdbc.sql("select id, name, name_uk, geojson from areas where kind = 'launch-area' order by position")
                .query((rs, n) -> new AreaRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }
}
