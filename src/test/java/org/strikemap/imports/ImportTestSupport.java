package org.strikemap.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.strikemap.account.AuditLog;
import org.strikemap.account.Editor;
import org.strikemap.account.People;
import org.strikemap.publish.PublishTestSupport;
import org.strikemap.revision.RevisionTestSupport;

/** Test support: the {@link ImportService} over a test database, wired as Spring would wire it, and files to import. */
public final class ImportTestSupport {

    private ImportTestSupport() {
    }

    /** The service asking {@code people} who may import (give {@code app} the same people, as Spring does). */
    public static ImportService service(DataSource database, PublishTestSupport app, ImportCaps caps, People people) {
        return new ImportService(app.drafts(), app.store(), RevisionTestSupport.store(database),
                new MappingStore(JdbcClient.create(database)), people, org.strikemap.account.AccountTestSupport.over(database).audit(),
                new TransactionTemplate(new DataSourceTransactionManager(database)), caps);
    }

    /** A temporary file holding {@code text}, named {@code name} for the import. */
    public static ImportFile file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    public static ImportFile file(String name, byte[] bytes) {
        try {
            Path path = Files.createTempFile("strikemap-import-test", ".upload");
            Files.write(path, bytes);
            return new ImportFile(name, path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the import has ended, or has a preview waiting; fails after a generous two minutes. */
    public static ImportJob ended(ImportService imports, String id, Editor who) {
        return ended(imports, id, who, Duration.ofMinutes(2));
    }

    /** Waits until the import has ended, or has a preview waiting; fails after {@code atMost}. */
    public static ImportJob ended(ImportService imports, String id, Editor who, Duration atMost) {
        Instant deadline = Instant.now().plus(atMost);
        while (true) {
            ImportJob job = imports.job(id, who).orElseThrow();
            if (job.state().finished()) {
                return job;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the import has not ended: " + job);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
