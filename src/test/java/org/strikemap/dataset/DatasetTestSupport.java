package org.strikemap.dataset;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.basemap.BaseMapTestSupport;
import org.strikemap.launch.LaunchTestSupport;
import org.strikemap.region.RegionTestSupport;
import org.strikemap.source.SourceTestSupport;
import org.strikemap.strike.StrikeTestSupport;

/** Test support: the {@link MapStore} and {@link Datasets} over a given database, wired as Spring would wire them. */
public final class DatasetTestSupport {

    private DatasetTestSupport() {
    }

    public static MapStore store(DataSource database) {
        JdbcClient jdbc = JdbcClient.create(database);
        return new MapStore(new MapRepository(jdbc, new JdbcTemplate(database)), SourceTestSupport.service(database),
                StrikeTestSupport.service(database), RegionTestSupport.service(database),
                LaunchTestSupport.service(database), BaseMapTestSupport.service(database), jdbc);
    }

    /** The registry of the maps readers see, the default map the first (no strikemap.default-map). */
    public static Datasets datasets() {
        return new Datasets("");
    }

    public static Datasets datasets(String defaultMap) {
        return new Datasets(defaultMap);
    }
}
