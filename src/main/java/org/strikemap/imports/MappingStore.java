package org.strikemap.imports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The column mappings saved with each map, one per file layout: keyed by the SHA-256 of the file's header (its
 * column names in order, without regard to case or surrounding spaces), so the next import of the same file finds
 * the mapping it was imported with. Written in the caller's transaction, beside the import it served.
 */
@Repository
class MappingStore {

    private final JdbcClient jdbc;

    MappingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ColumnMapping> find(int map, List<String> header) {
        return jdbc.sql("select mapping from import_mappings where map_id = ? and columns_key = ?")
                .params(map, key(header)).query(String.class).optional().map(ColumnMapping::fromJson);
    }

    void save(int map, List<String> header, ColumnMapping mapping, String by, Instant at) {
        String key = key(header);
        jdbc.sql("delete from import_mappings where map_id = ? and columns_key = ?").params(map, key).update();
        jdbc.sql("insert into import_mappings (map_id, columns_key, mapping, saved_at, saved_by) values (?, ?, ?, ?, ?)")
                .params(map, key, mapping.toJson(), OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
                        by.length() > 200 ? by.substring(0, 200) : by)
                .update();
    }

    static String key(List<String> header) {
        String joined = String.join("\u0000", header.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
