package org.strikemap.source;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: a {@link SourceService} over a given database, for service tests in other packages. */
public final class SourceTestSupport {

    private SourceTestSupport() {
    }

    public static SourceService service(JdbcClient jdbc) {
        return new SourceService(new SourceRepository(jdbc));
    }
}
