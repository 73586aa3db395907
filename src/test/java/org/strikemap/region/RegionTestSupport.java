package org.strikemap.region;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link RegionService} over a given database, as Spring would wire it, for tests in other packages. */
public final class RegionTestSupport {

    private RegionTestSupport() {
    }

    public static RegionService service(DataSource database) {
        return new RegionService(new RegionRepository(JdbcClient.create(database), new JdbcTemplate(database)));
    }
}
