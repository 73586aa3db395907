package org.strikemap.region;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.geo.GeoJson;
import org.strikemap.i18n.TextJson;
import tools.jackson.databind.json.JsonMapper;

/** The regions table of one map: what a load writes and what the map reads back, with their outlines. */
@Repository
class RegionRepository {

    /** Outline coordinates are kept to 5 decimals (about 1 m): finer than the simplified boundaries need. */
    static final int DECIMALS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RegionRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Region> regions(int map) {
        return jdbc.sql("select code, name, geojson from regions where map_id = ? order by position")
                .param(map)
                .query((rs, n) -> new Region(rs.getString(1), TextJson.read(rs.getString(2)),
                        GeoJson.readGeometry(JSON.readTree(rs.getString(3)))))
                .list();
    }

    void insert(int map, List<Region> regions) {
        batch.batchUpdate("insert into regions (map_id, code, position, name, geojson) values (?, ?, ?, ?, ?)",
                IntStream.range(0, regions.size()).mapToObj(i -> new Object[] {map, regions.get(i).code(), i,
                        TextJson.write(regions.get(i).name()), GeoJson.geometryText(regions.get(i).outline(), DECIMALS)})
                        .toList());
    }

    void delete(int map) {
        jdbc.sql("delete from regions where map_id = ?").param(map).update();
    }
}
