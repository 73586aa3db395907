package org.strikemap.basemap;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link BaseMapService} over a given database, as Spring would wire it, for tests in other packages. */
public final class BaseMapTestSupport {

    private BaseMapTestSupport() {
    }

    public static BaseMapService service(DataSource database) {
        return new BaseMapService(new BaseMapRepository(JdbcClient.create(database), new JdbcTemplate(database)));
    }
}
