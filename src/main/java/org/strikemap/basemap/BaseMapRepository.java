package org.strikemap.basemap;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.TextJson;
import tools.jackson.databind.json.JsonMapper;

/** One map's backdrop: countries' outlines and label places, as a load writes them and the map reads them back. */
@Repository
class BaseMapRepository {

    static final String COUNTRY_KIND = "country";
    /** Outline coordinates are kept to 5 decimals (about 1 m). */
    private static final int DECIMALS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    BaseMapRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Country> countries(int map) {
        return jdbc.sql("select id, name, iso, geojson from areas where map_id = ? and kind = ? order by position")
                .params(map, COUNTRY_KIND)
                .query((rs, n) -> new Country(rs.getString(1), TextJson.read(rs.getString(2)), rs.getString(3),
                        GeoJson.readGeometry(JSON.readTree(rs.getString(4)))))
                .list();
    }

    List<Place> places(int map) {
        return jdbc.sql("select name, lat, lon, kind, country, source_text from places where map_id = ? order by position")
                .param(map)
                .query((rs, n) -> new Place(TextJson.read(rs.getString(1)), new GeoPoint(rs.getDouble(2), rs.getDouble(3)),
                        rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
    }

    void insert(int map, BaseMap baseMap) {
        List<Country> countries = baseMap.countries();
        batch.batchUpdate("insert into areas (map_id, kind, id, position, name, iso, geojson) values (?, ?, ?, ?, ?, ?, ?)",
                IntStream.range(0, countries.size()).mapToObj(i -> new Object[] {map, COUNTRY_KIND, countries.get(i).id(),
                        i, TextJson.write(countries.get(i).name()), countries.get(i).iso(),
                        GeoJson.geometryText(countries.get(i).outline(), DECIMALS)}).toList());
        List<Place> places = baseMap.places();
        batch.batchUpdate("""
                insert into places (map_id, position, name, lat, lon, kind, country, source_text)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", IntStream.range(0, places.size()).mapToObj(i -> {
                    Place place = places.get(i);
                    return new Object[] {map, i, TextJson.write(place.name()), place.point().lat(), place.point().lon(),
                            place.kind(), place.country(), place.source()};
                }).toList());
    }

    void delete(int map) {
        jdbc.sql("delete from places where map_id = ?").param(map).update();
        jdbc.sql("delete from areas where map_id = ? and kind = ?").params(map, COUNTRY_KIND).update();
    }
}
