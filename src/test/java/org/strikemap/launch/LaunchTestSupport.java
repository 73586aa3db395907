package org.strikemap.launch;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link LaunchService} over a given database, as Spring would wire it, for tests in other packages. */
public final class LaunchTestSupport {

    private LaunchTestSupport() {
    }

    public static LaunchService service(DataSource database) {
        return new LaunchService(new LaunchRepository(JdbcClient.create(database), new JdbcTemplate(database)));
    }
}
