package org.strikemap.region;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.geo.GeoJson;
import tools.jackson.databind.json.JsonMapper;

/** Reads the regions and their outlines, as the last load left them. */
@Repository
class RegionRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Region> regions() {
        return jdbc.sql("select code, name, name_uk, geojson from regions order by position")
                .query((rs, n) -> new Region(rs.getString(1), rs.getString(2), rs.getString(3),
                        GeoJson.readGeometry(JSON.readTree(rs.getString(4)))))
                .list();
    }
}
