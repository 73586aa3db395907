package org.strikemap.launch;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link LaunchService} over a given database, for tests in other packages. */
public final class LaunchTestSupport {

    private LaunchTestSupport() {
    }

    public static LaunchService service(JdbcClient jdbc) {
        return new LaunchService(new LaunchRepository(jdbc));
    }
}
