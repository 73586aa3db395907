package org.strikemap.publish;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.account.Editor;

/**
 * The published versions of every map, append-only: each row a version's facts and its files (the map in the format
 * of data/&lt;slug&gt;/ with its outlines, as one zip). Zips are written the same way every time (entries in name order,
 * a fixed time), so the same files give the same bytes.
 */
@Repository
class VersionStore {

    private static final String COLUMNS = "v.id, m.slug, v.version, v.published_at, v.published_by_id, v.published_by,"
            + " v.note, v.last_revision";
    /** 1980-01-01, the zip format's first day: no entry carries the time it was written. */
    private static final long FIXED_TIME = 315532800000L;

    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A version as stored: its row id (rising), and its facts. */
    record Stored(long id, Version version) {
    }

    void insert(int map, Version version, String contentHash, Map<String, byte[]> files) {
        jdbc.sql("""
                insert into map_versions (map_id, version, content_hash, published_at, published_by_id, published_by, note,
                    last_revision, files)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(map, version.version(), contentHash, OffsetDateTime.ofInstant(version.publishedAt(), ZoneOffset.UTC),
                        version.by().id(), version.by().name(), version.note(), version.lastRevision(), zip(files))
                .update();
    }

    /** The newest version of each map that has one, by map slug. */
    Map<String, Stored> latest() {
        Map<String, Stored> latest = new TreeMap<>();
        jdbc.sql("select " + COLUMNS + " from map_versions v join maps m on m.id = v.map_id"
                        + " where v.id = (select max(w.id) from map_versions w where w.map_id = v.map_id)")
                .query(VersionStore::stored).list().forEach(stored -> latest.put(stored.version().slug(), stored));
        return latest;
    }

    Optional<Stored> latest(int map) {
        return jdbc.sql("select " + COLUMNS + " from map_versions v join maps m on m.id = v.map_id where v.map_id = ?"
                        + " order by v.id desc fetch first 1 rows only")
                .param(map).query(VersionStore::stored).optional();
    }

    /** A map's versions, newest first. */
    List<Stored> all(int map) {
        return jdbc.sql("select " + COLUMNS + " from map_versions v join maps m on m.id = v.map_id where v.map_id = ?"
                        + " order by v.id desc")
                .param(map).query(VersionStore::stored).list();
    }

    /** The stored version named {@code version}, of whichever map. */
    Optional<Stored> named(String version) {
        return jdbc.sql("select " + COLUMNS + " from map_versions v join maps m on m.id = v.map_id where v.version = ?"
                        + " order by v.id fetch first 1 rows only")
                .param(version).query(VersionStore::stored).optional();
    }

    /** The files of the version stored as row {@code id}. */
    Map<String, byte[]> files(long id) {
        return unzip(jdbc.sql("select files from map_versions where id = ?").param(id).query(byte[].class).single());
    }

    static byte[] zip(Map<String, byte[]> files) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
                ZipEntry entry = new ZipEntry(file.getKey());
                entry.setTime(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(file.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zipped) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(zipped))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    private static Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(rs.getLong(1), new Version(rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant(),
                new Editor(rs.getLong(5), rs.getString(6)), rs.getString(7), rs.getLong(8)));
    }
}
