package org.strikemap.source;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link SourceService} over a given database, as Spring would wire it, for tests in other packages. */
public final class SourceTestSupport {

    private SourceTestSupport() {
    }

    public static SourceService service(DataSource database) {
        return new SourceService(new SourceRepository(JdbcClient.create(database), new JdbcTemplate(database)));
    }
}
