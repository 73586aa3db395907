package org.strikemap.testing;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Everything stored that a refused request or call must leave as it was, as one text to compare before and after:
 * people, rights, API tokens, one-time links, passkeys, the audit log, the maps and their drafts, revisions and
 * versions. Not the sign-in failures (a refused sign-in is counted by design). Read in id order, every column.
 */
public final class StoredRows {

    private static final List<String> TABLES = List.of("people", "map_roles", "api_tokens", "one_time_tokens",
            "user_entities", "user_credentials", "audit_log", "maps", "map_texts", "strikes", "claims", "sources",
            "launch_sites", "range_rings", "revisions", "map_versions");

    private StoredRows() {
    }

    public static String of(JdbcClient jdbc) {
        return TABLES.stream().map(table -> table + ":\n" + jdbc.sql("select * from " + table + " order by 1")
                .query((rs, n) -> {
                    StringBuilder row = new StringBuilder();
                    for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                        Object value = rs.getObject(column);
                        row.append(value instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(value)).append('|');
                    }
                    return row.toString();
                }).list().stream().collect(Collectors.joining("\n"))).collect(Collectors.joining("\n\n"));
    }
}
