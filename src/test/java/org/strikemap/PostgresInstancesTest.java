package org.strikemap;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.publish.PublishService;
import org.strikemap.publish.Version;
import org.strikemap.strike.Location;
import org.strikemap.strike.Strike;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationStartingEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.ingest.DatasetFiles;
import org.strikemap.testing.Postgres;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two instances of the app started at the same moment on one empty PostgreSQL database, with the {@code postgres}
 * profile as deployed: both migrate, one loads data/ and the other finds it loaded, and both serve the same data.
 */
@ExtendWith(OutputCaptureExtension.class)
class PostgresInstancesTest {

    static final Path DATA = Path.of("data");
    static final HttpClient HTTP = HttpClient.newHttpClient();
    /** The loader's lines as the app's log pattern writes them (logger name and all), one per map an instance loaded. */
    static final Pattern LOADED = Pattern.compile("FolderMaps +: Loaded \\d+ sources, \\d+ strikes, \\d+ claims from ");
    static final Pattern UNCHANGED = Pattern.compile("FolderMaps +: Dataset in \\S+ unchanged \\(sha256 ");

    @Test
    void twoInstancesStartingAtOnceLoadOnceAndServeTheSameData(CapturedOutput output) throws Exception {
        String url = Postgres.shared().createDatabase();
        CountDownLatch go = new CountDownLatch(1);
        LoggingTakesTurns logging = new LoggingTakesTurns(2);
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try (ExecutorService starter = Executors.newFixedThreadPool(2)) {
            List<Future<ConfigurableApplicationContext>> starting = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                starting.add(starter.submit(() -> {
                    go.await();
                    return start(url, logging.listeners());
                }));
            }
            go.countDown();
            for (Future<ConfigurableApplicationContext> instance : starting) {
                instances.add(instance.get(120, TimeUnit.SECONDS));
            }
        } finally {
            // Started ones are closed even when the other failed to start.
            if (instances.size() < 2) {
                instances.forEach(ConfigurableApplicationContext::close);
            }
        }
        try {
            assertThat(LOADED.matcher(output.getOut()).results().count()).as("instances that loaded data/").isOne();
            assertThat(UNCHANGED.matcher(output.getOut()).results().count()).as("instances that found it loaded").isOne();

            List<String> ids = DatasetFiles.rows(DATA.resolve("north-korean-missiles/strikes.csv")).stream().map(row -> row.get("id")).toList();
            JdbcClient jdbc = instances.getFirst().getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from strikes").query(Integer.class).single()).isEqualTo(ids.size());
            assertThat(jdbc.sql("select current_setting('server_version')").query(String.class).single()).startsWith("15.");

            String version = get(instances.get(0), "/api/dataset").path("version").asString();
            assertThat(version).hasSize(16);
            assertThat(get(instances.get(1), "/api/dataset").path("version").asString()).isEqualTo(version);
            JsonNode strikes = get(instances.get(0), "/api/strikes");
            assertThat(get(instances.get(1), "/api/strikes")).isEqualTo(strikes);
            List<String> served = new ArrayList<>();
            strikes.path("features").forEach(feature -> served.add(feature.path("properties").path("id").asString()));
            assertThat(served).isEqualTo(ids);
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
        }
    }

    @Test
    void aVersionPublishedOnOneInstanceReachesTheOtherWithinFiveSeconds() throws Exception {
        String url = Postgres.shared().createDatabase();
        try (ConfigurableApplicationContext first = start(url); ConfigurableApplicationContext second = start(url)) {
            String before = get(second, "/api/dataset").path("version").asString();
            String slug = get(first, "/api/maps").get(0).path("slug").asString();
            AccountTestSupport accounts = AccountTestSupport.over(first.getBean(DataSource.class));
            Editor editor = accounts.person("An editor", slug, MapRole.EDITOR);
            Editor reviewer = accounts.person("A reviewer", slug, MapRole.REVIEWER);
            DraftService drafts = first.getBean(DraftService.class);
            Strike strike = drafts.open(slug, editor).content().strikes().all().getFirst();
            Strike renamed = strike.at(strike.location().renamed(
                    strike.location().place().original(), "Renamed on the first instance"));
            drafts.save(slug, renamed, drafts.open(slug, editor).revisionOf(new RecordKey(RecordKind.STRIKE, strike.id())),
                    editor, "a test");
            long published = System.nanoTime();
            Version version = first.getBean(PublishService.class).publish(slug, reviewer, "renamed");
            assertThat(version.version()).isNotEqualTo(before);
            String seen = before;
            while (!seen.equals(version.version())) {
                assertThat(System.nanoTime() - published).as("the second instance still shows the old version")
                        .isLessThan(TimeUnit.SECONDS.toNanos(5));
                Thread.sleep(50);
                seen = get(second, "/api/dataset").path("version").asString();
            }
            assertThat(get(second, "/api/strikes/" + strike.id()).path("features").get(0).path("properties").path("place")
                    .asString()).isEqualTo("Renamed on the first instance");
        }
    }

    /** The deployed command's arguments: the postgres profile and the datasource, nothing H2. */
    private static ConfigurableApplicationContext start(String url, ApplicationListener<?>... listeners) {
        return new SpringApplicationBuilder(StrikeMapApplication.class).listeners(listeners).run("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + Postgres.USER,
                "--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=3",
                "--strikemap.data-dir=" + DATA.toAbsolutePath(), "--server.port=0", "--vaadin.productionMode=true",
                "--spring.main.banner-mode=off");
    }

    /**
     * Logback is one per JVM, so two apps in one JVM must not set it up at the same moment: the second's reset pulls
     * the first's Environment from under it ("Unable to find Spring Environment in logger context"), and its
     * set-up drops log lines the first writes meanwhile. Each start takes its turn until its logging is set up, and
     * both then wait for each other, so the part this test is about (migrating and loading) still starts at once.
     */
    private static final class LoggingTakesTurns {
        private final Semaphore turn = new Semaphore(1);
        private final CyclicBarrier bothLogging;

        LoggingTakesTurns(int apps) {
            bothLogging = new CyclicBarrier(apps);
        }

        ApplicationListener<?>[] listeners() {
            return new ApplicationListener<?>[] {new TakeTurn(), new TurnDone()};
        }

        /** Runs before Spring Boot's logging listener sees the app start. */
        private final class TakeTurn implements ApplicationListener<ApplicationStartingEvent>, Ordered {
            @Override
            public void onApplicationEvent(ApplicationStartingEvent event) {
                turn.acquireUninterruptibly();
            }

            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }
        }

        /** Runs after Spring Boot's logging listener set logging up from the app's environment. */
        private final class TurnDone implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {
            @Override
            public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
                turn.release();
                try {
                    bothLogging.await(120, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException("the other instance did not get as far as its logging", e);
                }
            }

            @Override
            public int getOrder() {
                return Ordered.LOWEST_PRECEDENCE;
            }
        }
    }

    private static JsonNode get(ConfigurableApplicationContext instance, String path) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }
}
