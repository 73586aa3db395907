package org.strikemap.dataset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Which dataset is loaded, as its content hash; one indexed row read per call, so other instances' loads are seen too. */
@Component
public class DatasetVersion {

    private final JdbcClient jdbc;

    public DatasetVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The loaded dataset's content hash; "" before the first load. */
    public String current() {
        return jdbc.sql("select coalesce(content_hash, '') from dataset_load where id = 1").query(String.class).optional()
                .orElse("");
    }
}
