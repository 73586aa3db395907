package org.strikemap.source;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of one map's reports and claims: what a load writes and what the map reads back. */
@Repository
class SourceRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    SourceRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<Source> sources(int map) {
        return jdbc.sql("select id, file_name, outlet, headline, date_as_given, note from sources where map_id = ? order by position")
                .param(map)
                .query((rs, n) -> new Source(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)))
                .list();
    }

    List<Claim> claims(int map) {
        return jdbc.sql("""
                select id, subject, kind, value_text, min_value, max_value, claim_text, claimed_by, source_id, quote
                from claims where map_id = ? order by position""")
                .param(map)
                .query((rs, n) -> new Claim(rs.getString(1), rs.getString(2), rs.getString(3),
                        new ClaimValue(rs.getString(4), rs.getObject(5, Integer.class), rs.getObject(6, Integer.class)),
                        rs.getString(7), rs.getString(8), new Citation(rs.getString(9), rs.getString(10))))
                .list();
    }

    void insertSources(int map, List<Source> sources) {
        batch.batchUpdate("""
                insert into sources (map_id, id, position, file_name, outlet, headline, date_as_given, note)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", IntStream.range(0, sources.size()).mapToObj(i -> {
                    Source source = sources.get(i);
                    return new Object[] {map, source.id(), i, source.file(), source.outlet(), source.headline(),
                            source.dateAsGiven(), source.note()};
                }).toList());
    }

    /** Claims sent in one JDBC batch, each row made as it is sent: a big import never holds all their parameters. */
    private static final int CHUNK = 1000;

    void insertClaims(int map, List<Claim> claims) {
        batch.batchUpdate("""
                insert into claims (map_id, id, position, subject, kind, value_text, min_value, max_value, claim_text,
                    claimed_by, source_id, quote)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", IntStream.range(0, claims.size()).boxed().toList(), CHUNK,
                (statement, i) -> {
                    Claim claim = claims.get(i);
                    new ArgumentPreparedStatementSetter(new Object[] {map, claim.id(), i, claim.subject(), claim.kind(),
                            claim.value().exact(), claim.value().min(), claim.value().max(), claim.text(), claim.by(),
                            claim.sourceId(), claim.quote()}).setValues(statement);
                });
    }

    /** Writes one report in place (strikes and claims cite it, so it is updated, never deleted first), or adds it. */
    void putSource(int map, Source source) {
        int updated = jdbc.sql("""
                update sources set file_name = ?, outlet = ?, headline = ?, date_as_given = ?, note = ?
                where map_id = ? and id = ?""").params(source.file(), source.outlet(), source.headline(),
                source.dateAsGiven(), source.note(), map, source.id()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into sources (map_id, id, position, file_name, outlet, headline, date_as_given, note)
                    values (?, ?, ?, ?, ?, ?, ?, ?)""").params(map, source.id(), position("sources", map, "id", source.id()),
                    source.file(), source.outlet(), source.headline(), source.dateAsGiven(), source.note()).update();
        }
    }

    void removeSource(int map, String id) {
        jdbc.sql("delete from sources where map_id = ? and id = ?").params(map, id).update();
    }

    void putClaim(int map, Claim claim) {
        int position = position("claims", map, "id", claim.id());
        removeClaim(map, claim.id());
        jdbc.sql("""
                insert into claims (map_id, id, position, subject, kind, value_text, min_value, max_value, claim_text,
                    claimed_by, source_id, quote)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(map, claim.id(), position, claim.subject(),
                claim.kind(), claim.value().exact(), claim.value().min(), claim.value().max(), claim.text(), claim.by(),
                claim.sourceId(), claim.quote()).update();
    }

    void removeClaim(int map, String id) {
        jdbc.sql("delete from claims where map_id = ? and id = ?").params(map, id).update();
    }

    /** A stored row's place in the order, or the next free place for a new one. */
    private int position(String table, int map, String column, String id) {
        return jdbc.sql("select position from " + table + " where map_id = ? and " + column + " = ?").params(map, id)
                .query(Integer.class).optional()
                .orElseGet(() -> jdbc.sql("select coalesce(max(position), -1) + 1 from " + table + " where map_id = ?")
                        .param(map).query(Integer.class).single());
    }

    void deleteClaims(int map) {
        jdbc.sql("delete from claims where map_id = ?").param(map).update();
    }

    void deleteSources(int map) {
        jdbc.sql("delete from sources where map_id = ?").param(map).update();
    }
}
