package org.strikemap.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the dataset's texts and the loaded content hash, as the last load left them. */
@Repository
class DescriptionRepository {

    private final JdbcClient jdbc;

    DescriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        jdbc.sql("select name, text_value from dataset_texts order by position")
                .query(rs -> {
                    texts.put(rs.getString(1), rs.getString(2));
                });
        return texts;
    }

    /** The loaded dataset's content hash; "" before the first load. */
    String contentHash() {
        return jdbc.sql("select coalesce(content_hash, '') from dataset_load where id = 1").query(String.class).optional()
                .orElse("");
    }
}
