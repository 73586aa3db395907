package org.strikemap.region;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link RegionService} over a given database, for tests in other packages. */
public final class RegionTestSupport {

    private RegionTestSupport() {
    }

    public static RegionService service(JdbcClient jdbc) {
        return new RegionService(new RegionRepository(jdbc));
    }
}
