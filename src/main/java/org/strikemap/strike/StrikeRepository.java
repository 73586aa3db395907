package org.strikemap.strike;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.geo.GeoPoint;

/** Reads the strike rows (without their claims), as the last load left them. */
@Repository
class StrikeRepository {

    /** A strikes row before its claims and sources are attached. */
    record Row(String id, String place, String placeUk, String regionCode, GeoPoint point, LocationPrecision locationPrecision,
               ReportedDate date, StrikeStatus status, double distanceFromLaunchKm, String sourceId, String quote,
               String note) {
    }

    private final JdbcClient jdbc;

    StrikeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> strikes() {
        return jdbc.sql("""
                select id, place, place_uk, region_code, lat, lon, location_precision, date_from, date_to, date_precision, status,
                    distance_from_launch_km, source_id, quote, note
                from strikes order by position""")
                .query((rs, n) -> new Row(rs.getString("id"), rs.getString("place"), rs.getString("place_uk"),
                        rs.getString("region_code"),
                        new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
                        LocationPrecision.fromCode(rs.getString("location_precision")),
                        new ReportedDate(rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
                                DatePrecision.fromCode(rs.getString("date_precision"))),
                        StrikeStatus.fromCode(rs.getString("status")), rs.getDouble("distance_from_launch_km"),
                        rs.getString("source_id"), rs.getString("quote"), rs.getString("note")))
                .list();
    }
}
