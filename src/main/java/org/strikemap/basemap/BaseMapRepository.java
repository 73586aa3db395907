package org.strikemap.basemap;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import tools.jackson.databind.json.JsonMapper;

/** Reads neighbouring countries' outlines and label places, as the last load left them. */
@Repository
class BaseMapRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    BaseMapRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Country> countries() {
        return jdbc.sql("select id, name, name_uk, iso, geojson from areas where kind = 'country' order by position")
                .query((rs, n) -> new Country(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        GeoJson.readGeometry(JSON.readTree(rs.getString(5)))))
                .list();
    }

    List<Place> places() {
        return jdbc.sql("select name, name_uk, lat, lon, kind, country from places order by position")
                .query((rs, n) -> new Place(rs.getString(1), rs.getString(2), new GeoPoint(rs.getDouble(3), rs.getDouble(4)),
                        rs.getString(5), rs.getString(6)))
                .list();
    }
}
