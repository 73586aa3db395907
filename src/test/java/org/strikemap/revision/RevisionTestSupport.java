package org.strikemap.revision;

import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test support: the {@link RevisionStore} over a given database, as Spring would wire it. */
public final class RevisionTestSupport {

    private RevisionTestSupport() {
    }

    public static RevisionStore store(DataSource database) {
        return new RevisionStore(JdbcClient.create(database), new JdbcTemplate(database));
    }
}
