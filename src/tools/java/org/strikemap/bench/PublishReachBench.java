package org.strikemap.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strikemap.StrikeMapApplication;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.i18n.Text;
import org.strikemap.publish.PublishService;
import org.strikemap.strike.Strike;
import org.strikemap.testing.Postgres;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17's figure: two instances of the app on one PostgreSQL 15 database (embedded, as the tests run it), started
 * one after the other as a deployment would. PUBLICATIONS times a strike's note is corrected and published on the
 * first; each time, the second is asked for the map's version over HTTP every POLL_MILLIS until it shows the new one.
 * Prints the time from publish() returning on the first to the second answering with the new version, p50 / p99 /
 * max. Argument: the data folder the instances load. Limits: one JVM for both instances (each with its own pool,
 * caches and polling), so the figure leaves out a network between them.
 */
public final class PublishReachBench {

    static final int PUBLICATIONS = Integer.getInteger("bench.publications", 20);
    static final int POLL_MILLIS = Integer.getInteger("bench.pollMillis", 5);
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private PublishReachBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        String url = Postgres.shared().createDatabase();
        try (ConfigurableApplicationContext first = start(url, data); ConfigurableApplicationContext second = start(url, data)) {
            String slug = JSON.readTree(get(second, "/api/maps")).get(0).path("slug").asString();
            DraftService drafts = first.getBean(DraftService.class);
            PublishService publish = first.getBean(PublishService.class);
            AccountTestSupport accounts = AccountTestSupport.over(first.getBean(DataSource.class));
            Editor editor = accounts.person("Bench editor", slug, MapRole.EDITOR);
            Editor reviewer = accounts.person("Bench reviewer", slug, MapRole.REVIEWER);
            double[] reach = new double[PUBLICATIONS];
            for (int n = 0; n < PUBLICATIONS; n++) {
                Strike strike = drafts.open(slug, editor).content().strikes().all().getFirst();
                RecordKey key = new RecordKey(RecordKind.STRIKE, strike.id());
                drafts.save(slug, strike.noted("en", "Correction " + n),
                        drafts.open(slug, editor).revisionOf(key), editor, "bench");
                String version = publish.publish(slug, reviewer, "correction " + n).version();
                long published = System.nanoTime();
                while (!version.equals(JSON.readTree(get(second, "/api/maps/" + slug)).path("version").asString())) {
                    Thread.sleep(POLL_MILLIS);
                }
                reach[n] = (System.nanoTime() - published) / 1e6;
                Report.progress("publication %d reached the second instance in %s", n + 1, Report.millis(reach[n]));
            }
            Report.table("From publish() on one instance to the new version answered by another (" + PUBLICATIONS
                    + " publications, one PostgreSQL 15 database)",
                    List.of("p50", "p99", "max"),
                    List.of(List.of(Report.millis(Report.percentile(reach, 50)), Report.millis(Report.percentile(reach, 99)),
                            Report.millis(Report.percentile(reach, 100)))));
        }
        System.exit(0);
    }

    private static ConfigurableApplicationContext start(String url, Path data) {
        return new SpringApplicationBuilder(StrikeMapApplication.class).run("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + Postgres.USER,
                "--spring.datasource.password=", "--spring.datasource.hikari.maximum-pool-size=4",
                "--strikemap.data-dir=" + data, "--server.port=0", "--spring.main.banner-mode=off",
                "--logging.level.root=ERROR");
    }

    private static String get(ConfigurableApplicationContext instance, String path) throws Exception {
        String port = instance.getEnvironment().getProperty("local.server.port");
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
