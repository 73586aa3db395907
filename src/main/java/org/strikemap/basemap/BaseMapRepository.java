package org.strikemap.basemap;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads neighbouring countries' outlines and label places, as the last load left them. */
@Repository
class BaseMapRepository {

    record CountryRow(String id, String name, String iso, String geometryJson) {
    }

    record PlaceRow(String name, String nameUk, double lat, double lon, String kind, String country) {
    }

    private final JdbcClient jdbc;

    BaseMapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CountryRow> countries() {
        return jdbc.sql("select id, name, iso, geojson from areas where kind = 'country' order by position")
                .query((rs, n) -> new CountryRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    List<PlaceRow> places() {
        return jdbc.sql("select name, name_uk, lat, lon, kind, country from places order by position")
                .query((rs, n) -> new PlaceRow(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getDouble(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }
}
