package org.strikemap.strike;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.dataset.DatasetVersion;
import org.strikemap.source.SourceTestSupport;

/** Test support: a {@link StrikeService} over a given database, for service tests in other packages. */
public final class StrikeTestSupport {

    private StrikeTestSupport() {
    }

    public static StrikeService service(JdbcClient jdbc) {
        return new StrikeService(new StrikeRepository(jdbc), SourceTestSupport.service(jdbc), new DatasetVersion(jdbc));
    }
}
