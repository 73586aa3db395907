package org.strikemap.strike;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.TextJson;
import org.strikemap.source.Citation;

/** The strikes table of one map: what a load writes and what the map reads back, in file order. */
@Repository
class StrikeRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    StrikeRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Strike> strikes(int map) {
        return jdbc.sql("""
                select id, place, region_code, lat, lon, location_precision, date_from, date_to, date_precision, status,
                    source_id, quote, note
                from strikes where map_id = ? order by position""")
                .param(map)
                .query((rs, n) -> new Strike(rs.getString("id"),
                        new Location(TextJson.read(rs.getString("place")), rs.getString("region_code"),
                                new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
                                LocationPrecision.fromCode(rs.getString("location_precision"))),
                        new ReportedDate(rs.getObject("date_from", LocalDate.class), rs.getObject("date_to", LocalDate.class),
                                DatePrecision.fromCode(rs.getString("date_precision"))),
                        StrikeStatus.fromCode(rs.getString("status")),
                        new Citation(rs.getString("source_id"), rs.getString("quote")),
                        TextJson.read(rs.getString("note"))))
                .list();
    }

    private static final String INSERT = """
            insert into strikes (map_id, id, position, place, region_code, lat, lon, location_precision, date_from,
                date_to, date_precision, status, source_id, quote, note)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** Rows sent in one JDBC batch, each made as it is sent: a 100,000-strike map never holds all its rows' parameters. */
    private static final int CHUNK = 1000;

    void insert(int map, List<Strike> strikes) {
        batch.batchUpdate(INSERT, IntStream.range(0, strikes.size()).boxed().toList(), CHUNK, (statement, i) ->
                new ArgumentPreparedStatementSetter(row(map, i, strikes.get(i))).setValues(statement));
    }

    /** Writes one strike over the stored one with its id, keeping its place in the order; a new one goes last. */
    void put(int map, Strike strike) {
        Integer position = jdbc.sql("select position from strikes where map_id = ? and id = ?").params(map, strike.id())
                .query(Integer.class).optional()
                .orElseGet(() -> jdbc.sql("select coalesce(max(position), -1) + 1 from strikes where map_id = ?").param(map)
                        .query(Integer.class).single());
        remove(map, strike.id());
        batch.update(INSERT, row(map, position, strike));
    }

    void remove(int map, String id) {
        jdbc.sql("delete from strikes where map_id = ? and id = ?").params(map, id).update();
    }

    private static Object[] row(int map, int position, Strike strike) {
        Location location = strike.location();
        return new Object[] {map, strike.id(), position, TextJson.write(location.place()), location.region(),
                location.point().lat(), location.point().lon(), location.precision().code(), strike.date().from(),
                strike.date().to(), strike.date().precision().code(), strike.status().code(), strike.sourceId(),
                strike.citation().quote(), TextJson.write(strike.note())};
    }

    void delete(int map) {
        jdbc.sql("delete from strikes where map_id = ?").param(map).update();
    }
}
