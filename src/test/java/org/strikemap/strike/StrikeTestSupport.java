package org.strikemap.strike;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link StrikeService} over a given database, as Spring would wire it, for tests in other packages. */
public final class StrikeTestSupport {

    private StrikeTestSupport() {
    }

    public static StrikeService service(DataSource database) {
        return new StrikeService(new StrikeRepository(JdbcClient.create(database), new JdbcTemplate(database)));
    }
}
