package org.strikemap.revision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strikemap.account.Editor;

/**
 * The append-only store of every change to every record of every map. A revision is written in the caller's
 * transaction, beside the change it records, so the two commit or fail together. Numbers per record rise by one: a
 * writer that started from an older number, or loses a race for the next one, gets {@link StaleRevision}.
 */
@Service
public class RevisionStore {

    /** A record of a map, as the store keys it. */
    public record Key(String kind, String recordId) {
    }

    /** A revision to append to a map's store in bulk (a folder load): the record, its JSON, whether it deletes it. */
    public record Entry(Key key, boolean deleted, String json) {
    }

    /** Rows sent to the database in one JDBC batch by {@link #appendAll}. */
    private static final int CHUNK = 1000;
    private static final String COLUMNS = "id, kind, record_id, revision, author_id, author_name, made_at, why, deleted, record";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    RevisionStore(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** Appends the revision after {@code expected} (0: the record is new); {@link StaleRevision} when that is not the latest. */
    public Revision append(int map, Key key, long expected, Made made, boolean deleted, String json) {
        Optional<Revision> latest = latest(map, key);
        long number = latest.map(Revision::number).orElse(0L);
        if (number != expected) {
            throw new StaleRevision(expected, latest.orElse(null));
        }
        try {
            jdbc.sql("""
                    insert into revisions (map_id, kind, record_id, revision, author_id, author_name, made_at, why, deleted,
                        record)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(map, key.kind(), key.recordId(), expected + 1, made.by().id(), made.by().name(),
                            OffsetDateTime.ofInstant(made.at(), ZoneOffset.UTC), made.why(), deleted, json)
                    .update();
        } catch (DuplicateKeyException race) {
            // Another transaction took the same number first and has committed.
            throw new StaleRevision(expected, latest(map, key).orElse(null));
        }
        return latest(map, key).orElseThrow();
    }

    /**
     * Appends many revisions at once, each after its record's latest (a folder load's or an import's changes). The
     * rows go to the database {@link #CHUNK} at a time, each made as it is sent: a 100,000-record import never holds
     * all its rows' parameters at once.
     */
    public void appendAll(int map, List<Entry> entries, Made made) {
        Map<Key, Long> numbers = numbers(map);
        OffsetDateTime at = OffsetDateTime.ofInstant(made.at(), ZoneOffset.UTC);
        batch.batchUpdate("""
                insert into revisions (map_id, kind, record_id, revision, author_id, author_name, made_at, why, deleted, record)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", entries, CHUNK, (statement, entry) ->
                new ArgumentPreparedStatementSetter(new Object[] {map, entry.key().kind(), entry.key().recordId(),
                        numbers.getOrDefault(entry.key(), 0L) + 1, made.by().id(), made.by().name(), at, made.why(),
                        entry.deleted(), entry.json()}).setValues(statement));
    }

    /** The latest revision of a record, if it has any. */
    public Optional<Revision> latest(int map, Key key) {
        return jdbc.sql("select " + COLUMNS + " from revisions where map_id = ? and kind = ? and record_id = ?"
                        + " order by revision desc fetch first 1 rows only")
                .params(map, key.kind(), key.recordId()).query(RevisionStore::revision).optional();
    }

    /** Every record's latest revision number. */
    public Map<Key, Long> numbers(int map) {
        Map<Key, Long> numbers = new HashMap<>();
        jdbc.sql("select kind, record_id, max(revision) from revisions where map_id = ? group by kind, record_id")
                .param(map).query(rs -> {
                    numbers.put(new Key(rs.getString(1), rs.getString(2)), rs.getLong(3));
                });
        return numbers;
    }

    /** How many revisions the map has after {@code afterId}. */
    public int countSince(int map, long afterId) {
        return jdbc.sql("select count(*) from revisions where map_id = ? and id > ?").params(map, afterId)
                .query(Integer.class).single();
    }

    /** The revisions after {@code afterId}, oldest first: what changed since a version was published at that id. */
    public List<Revision> since(int map, long afterId) {
        return jdbc.sql("select " + COLUMNS + " from revisions where map_id = ? and id > ? order by id")
                .params(map, afterId).query(RevisionStore::revision).list();
    }

    /** A record's revisions, newest first. */
    public List<Revision> history(int map, Key key) {
        return jdbc.sql("select " + COLUMNS + " from revisions where map_id = ? and kind = ? and record_id = ?"
                        + " order by revision desc")
                .params(map, key.kind(), key.recordId()).query(RevisionStore::revision).list();
    }

    /** The latest revision of each record whose latest deletes it, newest first. */
    public List<Revision> deletedLatest(int map) {
        return jdbc.sql("select " + COLUMNS + " from revisions r where map_id = ? and deleted = true and revision = ("
                        + "select max(revision) from revisions s where s.map_id = r.map_id and s.kind = r.kind"
                        + " and s.record_id = r.record_id) order by id desc")
                .param(map).query(RevisionStore::revision).list();
    }

    /** The revision just before a record's {@code number}, if any. */
    public Optional<Revision> before(int map, Key key, long number) {
        return jdbc.sql("select " + COLUMNS + " from revisions where map_id = ? and kind = ? and record_id = ? and revision < ?"
                        + " order by revision desc fetch first 1 rows only")
                .params(map, key.kind(), key.recordId(), number).query(RevisionStore::revision).optional();
    }

    /** Whether anyone but {@code author} changed the map after {@code author}'s last revision of it. */
    public boolean changedByOthersSince(int map, Editor author) {
        return jdbc.sql("""
                select count(*) from revisions where map_id = ? and author_id <> ? and id > (
                    select coalesce(max(id), 0) from revisions where map_id = ? and author_id = ?)""")
                .params(map, author.id(), map, author.id()).query(Long.class).single() > 0;
    }

    /** The id of the map's newest revision; 0 when it has none. */
    public long lastId(int map) {
        return jdbc.sql("select coalesce(max(id), 0) from revisions where map_id = ?").param(map).query(Long.class).single();
    }

    private static Revision revision(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("made_at");
        return new Revision(rs.getLong("id"), rs.getString("kind"), rs.getString("record_id"), rs.getLong("revision"),
                new Made(new Editor(rs.getLong("author_id"), rs.getString("author_name")), at.toInstant(), rs.getString("why")),
                rs.getBoolean("deleted"), rs.getString("record"));
    }
}
