package org.strikemap.draft;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.strikemap.account.People;
import org.strikemap.dataset.DatasetTestSupport;
import org.strikemap.ingest.IngestProperties;
import org.strikemap.revision.RevisionTestSupport;

/** Test support: the {@link DraftService} over a given database, as Spring would wire it. */
public final class DraftTestSupport {

    private DraftTestSupport() {
    }

    public static DraftService service(DataSource database, People people, Path boundaries) {
        return new DraftService(DatasetTestSupport.store(database), RevisionTestSupport.store(database), people,
                new IngestProperties(Path.of("data"), boundaries));
    }
}
