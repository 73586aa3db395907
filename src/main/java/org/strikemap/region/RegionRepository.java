package org.strikemap.region;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the regions and their outlines (GeoJSON geometry text), as the last load left them. */
@Repository
class RegionRepository {

    /** A region with its outline as a GeoJSON geometry object. */
    record Row(Region region, String geometryJson) {
    }

    private final JdbcClient jdbc;

    RegionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> regions() {
        return jdbc.sql("select code, name, name_uk, geojson from regions order by position")
                .query((rs, n) -> new Row(new Region(rs.getString(1), rs.getString(2), rs.getString(3)), rs.getString(4)))
                .list();
    }
}
