package org.strikemap.strike;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link StrikeService} over a given database, for service tests in other packages. */
public final class StrikeTestSupport {

    private StrikeTestSupport() {
    }

    public static StrikeService service(JdbcClient jdbc) {
        return new StrikeService(new StrikeRepository(jdbc));
    }
}
