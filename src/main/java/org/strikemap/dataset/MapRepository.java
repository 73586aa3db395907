package org.strikemap.dataset;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The maps table (slug, order, content hash) and each map's own words (map_texts). */
@Repository
class MapRepository {

    /**
     * One stored map: its key for the other tables, its slug, its place in the list, the content hash of the folder last
     * applied to it (empty for a map made in the browser), and whether it is archived.
     */
    record MapRow(int id, String slug, int position, String hash, boolean archived) {
    }

    private static final String COLUMNS = "id, slug, position, coalesce(content_hash, ''), archived";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    MapRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<MapRow> maps() {
        return jdbc.sql("select " + COLUMNS + " from maps order by position, slug").query(MapRepository::row).list();
    }

    Optional<MapRow> find(String slug) {
        return jdbc.sql("select " + COLUMNS + " from maps where slug = ?").param(slug).query(MapRepository::row).optional();
    }

    /** The map's row, locked until the transaction ends (one publication or folder load of a map at a time). */
    Optional<MapRow> lock(String slug) {
        return jdbc.sql("select " + COLUMNS + " from maps where slug = ? for update").param(slug).query(MapRepository::row)
                .optional();
    }

    boolean twoPersonReview(int id) {
        return jdbc.sql("select two_person_review from maps where id = ?").param(id).query(Boolean.class).single();
    }

    void archive(int id, boolean archived) {
        jdbc.sql("update maps set archived = ? where id = ?").params(archived, id).update();
    }

    void filesApplied(int id, String hash) {
        jdbc.sql("update maps set content_hash = ?, loaded_at = ? where id = ?")
                .params(hash, OffsetDateTime.now(ZoneOffset.UTC), id).update();
    }

    private static MapRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new MapRow(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getBoolean(5));
    }

    /** Locks the one loads row until the transaction ends, so instances starting at once write each map once. */
    void lockLoads() {
        jdbc.sql("select id from map_loads_lock where id = 1 for update").query(Integer.class).single();
    }

    /** The place after the last map's. */
    int nextPosition() {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from maps").query(Integer.class).single();
    }

    int create(String slug, int position, String hash) {
        jdbc.sql("insert into maps (slug, position, content_hash, loaded_at) values (?, ?, ?, ?)")
                .params(slug, position, hash, OffsetDateTime.now(ZoneOffset.UTC)).update();
        return find(slug).orElseThrow().id();
    }

    void update(int id, int position, String hash) {
        jdbc.sql("update maps set position = ?, content_hash = ?, loaded_at = ? where id = ?")
                .params(position, hash, OffsetDateTime.now(ZoneOffset.UTC), id).update();
    }

    Map<String, String> texts(int map) {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.sql("select name, text_value from map_texts where map_id = ? order by position").param(map)
                .query(rs -> {
                    texts.put(rs.getString(1), rs.getString(2));
                });
        return texts;
    }

    void insertTexts(int map, Map<String, String> texts) {
        List<Map.Entry<String, String>> entries = List.copyOf(texts.entrySet());
        batch.batchUpdate("insert into map_texts (map_id, name, position, text_value) values (?, ?, ?, ?)",
                IntStream.range(0, entries.size()).mapToObj(i -> new Object[] {map, entries.get(i).getKey(), i,
                        entries.get(i).getValue()}).toList());
    }

    void deleteTexts(int map) {
        jdbc.sql("delete from map_texts where map_id = ?").param(map).update();
    }
}
