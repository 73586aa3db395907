package org.strikemap.dataset;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.basemap.BaseMapTestSupport;
import org.strikemap.launch.LaunchTestSupport;
import org.strikemap.region.RegionTestSupport;
import org.strikemap.source.SourceTestSupport;
import org.strikemap.strike.StrikeTestSupport;

/** Test support: {@link Datasets} over a given database, wired as Spring would wire it. */
public final class DatasetTestSupport {

    private DatasetTestSupport() {
    }

    public static Datasets datasets(JdbcClient jdbc) {
        return new Datasets(new DescriptionRepository(jdbc), SourceTestSupport.service(jdbc),
                StrikeTestSupport.service(jdbc), RegionTestSupport.service(jdbc), LaunchTestSupport.service(jdbc),
                BaseMapTestSupport.service(jdbc));
    }
}
