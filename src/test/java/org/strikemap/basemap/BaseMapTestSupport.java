package org.strikemap.basemap;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link BaseMapService} over a given database, for tests in other packages. */
public final class BaseMapTestSupport {

    private BaseMapTestSupport() {
    }

    public static BaseMapService service(JdbcClient jdbc) {
        return new BaseMapService(new BaseMapRepository(jdbc));
    }
}
