package org.strikemap.live;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.account.Editor;
import org.strikemap.imports.ColumnMapping;
import org.strikemap.imports.ImportFormat;

/**
 * The live_feeds table: one feed per map at most, its settings and its last fetch. A fetch is claimed by moving the
 * feed's last fetch time with a conditional update, so of several instances sharing a database one fetches.
 */
@Repository
class LiveFeedStore {

    private static final String COLUMNS = "m.slug, f.url, f.format, f.mapping, f.every_minutes, f.publish_directly,"
            + " f.set_by_id, f.set_by_name, f.last_fetch_at, f.last_outcome, f.last_message";
    private static final int MESSAGE = 20_000;

    private final JdbcClient jdbc;

    LiveFeedStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(int map, LiveFeed feed) {
        jdbc.sql("delete from live_feeds where map_id = ?").param(map).update();
        jdbc.sql("""
                insert into live_feeds (map_id, url, format, mapping, every_minutes, publish_directly, set_by_id, set_by_name)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(map, feed.address().url(), feed.address().format().code(),
                        feed.address().mapping() == null ? null : feed.address().mapping().toJson(),
                        feed.schedule().everyMinutes(), feed.schedule().publishDirectly(), feed.setBy().id(),
                        feed.setBy().name())
                .update();
    }

    void delete(int map) {
        jdbc.sql("delete from live_feeds where map_id = ?").param(map).update();
    }

    Optional<LiveFeed> find(String slug) {
        return jdbc.sql("select " + COLUMNS + " from live_feeds f join maps m on m.id = f.map_id where m.slug = ?")
                .param(slug).query(LiveFeedStore::feed).optional();
    }

    List<LiveFeed> all() {
        return jdbc.sql("select " + COLUMNS + " from live_feeds f join maps m on m.id = f.map_id order by m.slug")
                .query(LiveFeedStore::feed).list();
    }

    /**
     * Takes the feed's fetch for this instance when its last one was at or before {@code lastBefore} (or never), marking
     * it fetched {@code now}; false when it is not due, or another instance took it first.
     */
    boolean claim(int map, Instant lastBefore, Instant now) {
        return jdbc.sql("update live_feeds set last_fetch_at = ? where map_id = ?"
                        + " and (last_fetch_at is null or last_fetch_at <= ?)")
                .params(utc(now), map, utc(lastBefore)).update() == 1;
    }

    void record(int map, Instant at, LiveFeed.Outcome outcome, String message, String contentHash) {
        String text = message == null ? "" : message.length() > MESSAGE ? message.substring(0, MESSAGE - 1) + "…" : message;
        jdbc.sql("update live_feeds set last_fetch_at = ?, last_outcome = ?, last_message = ?,"
                        + " last_content_hash = coalesce(?, last_content_hash) where map_id = ?")
                .params(utc(at), outcome.name(), text, contentHash, map).update();
    }

    Optional<String> contentHash(int map) {
        return jdbc.sql("select last_content_hash from live_feeds where map_id = ?").param(map).query(String.class)
                .optional();
    }

    private static OffsetDateTime utc(Instant at) {
        return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    private static LiveFeed feed(ResultSet rs, int row) throws SQLException {
        Timestamp at = rs.getTimestamp("last_fetch_at");
        String outcome = rs.getString("last_outcome");
        String mapping = rs.getString("mapping");
        return new LiveFeed(rs.getString("slug"),
                new LiveFeed.Address(rs.getString("url"), ImportFormat.named(rs.getString("format")).orElseThrow(),
                        mapping == null ? null : ColumnMapping.fromJson(mapping)),
                new LiveFeed.Schedule(rs.getInt("every_minutes"), rs.getBoolean("publish_directly")),
                new Editor(rs.getLong("set_by_id"), rs.getString("set_by_name")),
                at == null ? null : new LiveFeed.LastFetch(at.toInstant(), outcome == null ? null
                        : LiveFeed.Outcome.valueOf(outcome), rs.getString("last_message")));
    }
}
