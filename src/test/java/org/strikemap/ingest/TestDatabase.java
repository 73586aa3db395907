package org.strikemap.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import org.strikemap.dataset.DatasetTestSupport;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.dataset.MapStore;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.publish.PublishTestSupport;
import org.strikemap.testing.Postgres;

/**
 * Test support: a fresh database (in-memory H2, or PostgreSQL) migrated by Flyway, a loader for map folders (with the
 * fixture boundary library, src/test/resources/boundaries, unless told otherwise) and a reader of what it stored.
 */
public final class TestDatabase {

    /** Every table the loader writes, for dumps that compare whole database states. */
    static final List<String> TABLES = List.of("maps", "map_texts", "sources", "regions", "areas", "places",
            "launch_sites", "range_rings", "strikes", "claims", "revisions", "map_versions");
    /** The columns of the tables that record a time, without it: for comparing two loads made at different times. */
    private static final java.util.Map<String, String> UNTIMED = java.util.Map.of(
            "maps", "id, slug, position, content_hash, archived",
            "revisions", "id, map_id, kind, record_id, revision, author_id, author_name, why, deleted, record",
            "map_versions", "id, map_id, version, content_hash, published_by_id, published_by, note, last_revision, files");

    /** The boundary library of the fixture maps. */
    public static final Path FIXTURE_BOUNDARIES = Path.of("src/test/resources/boundaries");
    /** The boundary library of the maps in data/. */
    public static final Path BOUNDARIES = Path.of("data/boundaries");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final MapStore store;

    private TestDatabase(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).load().migrate();
        this.dataSource = dataSource;
        jdbc = JdbcClient.create(dataSource);
        transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        store = DatasetTestSupport.store(dataSource);
    }

    public static TestDatabase create() {
        return new TestDatabase(new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    }

    /** A fresh database of the suite's PostgreSQL server, migrated by Flyway. */
    public static TestDatabase postgres() {
        return new TestDatabase(new DriverManagerDataSource(Postgres.shared().createDatabase(), Postgres.USER, ""));
    }

    public JdbcClient jdbc() {
        return jdbc;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The map {@code slug} as stored. */
    public LoadedDataset read(String slug) {
        return transaction.execute(status -> store.read(slug).orElseThrow());
    }

    /** The one map of a single-map folder, named by the folder, as stored. */
    public LoadedDataset read(Path mapFolder) {
        return read(mapFolder.toAbsolutePath().normalize().getFileName().toString());
    }

    TransactionTemplate transaction() {
        return transaction;
    }

    /**
     * Loads {@code dataDir} with the boundary library in its {@code boundaries} folder, else the fixture library; true
     * when any map was written, false when all were unchanged.
     */
    public boolean load(Path dataDir) {
        return load(dataDir, Files.isDirectory(dataDir.resolve("boundaries")) ? dataDir.resolve("boundaries")
                : FIXTURE_BOUNDARIES);
    }

    public boolean load(Path dataDir, Path boundaries) {
        return publishing(boundaries).load(dataDir, boundaries).contains(PublishTestSupport.Outcome.LOADED);
    }

    /** The chain from folders to readers over this database, for tests that publish or read what readers see. */
    public PublishTestSupport publishing(Path boundaries) {
        return new PublishTestSupport(dataSource, AccountTestSupport.over(dataSource).people(), boundaries);
    }

    /** Copies the fixture dataset (src/test/resources/dataset) into {@code parent}/data and returns that folder. */
    /**
     * A copy of the fixture map in {@code parent/data}, with a copy of the fixture boundary library in
     * {@code parent/data/boundaries} (which {@link #load(Path)} then reads), so a test may spoil either.
     */
    public static Path copyFixture(Path parent) {
        Path data = copy(Path.of("src/test/resources/dataset"), parent.resolve("data"));
        copy(FIXTURE_BOUNDARIES, data.resolve("boundaries"));
        return data;
    }

    public static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header line of a fixture CSV file (its required and optional columns). */
    static String header(String file) {
        try {
            return Files.readAllLines(Path.of("src/test/resources/dataset").resolve(file)).getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces the first occurrence of {@code find} in a dataset file; fails if it is absent, so edits never go stale. */
    public static void edit(Path dataDir, String file, String find, String replacement) {
        try {
            Path path = dataDir.resolve(file);
            String text = Files.readString(path);
            int at = text.indexOf(find);
            if (at < 0) {
                throw new IllegalArgumentException("'" + find + "' is not in " + file);
            }
            Files.writeString(path, text.substring(0, at) + replacement + text.substring(at + find.length()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every row of every dataset table as text, in a stable order. */
    List<String> dump() {
        return dump(jdbc, true);
    }

    /** Every row of every dataset table of a database; without the load's time when {@code withTime} is false. */
    static List<String> dump(JdbcClient jdbc, boolean withTime) {
        List<String> rows = new ArrayList<>();
        for (String table : TABLES) {
            String columns = withTime ? "*" : UNTIMED.getOrDefault(table, "*");
            jdbc.sql("select " + columns + " from " + table + " order by 1, 2, 3").query(rs -> {
                StringBuilder row = new StringBuilder(table);
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(" | ").append(rs.getString(i));
                }
                rows.add(row.toString());
            });
        }
        return rows;
    }

    int count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }
}
