package org.strikemap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.strikemap.StrikeMapApplication;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.testing.MapPage;
import org.strikemap.testing.RealBrowserTest;
import org.strikemap.testing.View;

/**
 * What a journalist's change does to a reader who has the map open: the server restarts with changed data/, and the
 * open page, at its next exchange with the server, shows the new load whole (its words, counts and layers), never
 * a mix of the old and the new.
 */
class NewLoadBrowserTest extends RealBrowserTest {

    @TempDir
    Path temp;

    @Test
    void aViewOpenAcrossARestartWithChangedDataShowsOnlyTheNewLoad() throws IOException {
        Path data = TestDatabase.copy(Path.of("src/test/resources/dataset-other"), temp.resolve("data"));
        Path db = temp.resolve("db");
        int port = freePort();

        Page page;
        String oldVersion;
        try (ConfigurableApplicationContext app = start(port, data, db)) {
            page = newPage(View.DESKTOP);
            page.navigate("http://localhost:" + port + "/");
            MapPage.waitUntilDrawn(page);
            PlaywrightAssertions.assertThat(page.locator(".sm-count")).containsText(": 3 of 3 located attacks on record");
            oldVersion = layerVersions(page).getFirst();
        }

        TestDatabase.edit(data, "dataset.csv", "title,A second test map", "title,A changed test map");
        // One reported attack is now said to be under investigation: 2 located attacks, not 3.
        TestDatabase.edit(data, "strikes.csv", "town,2024-01-01,2024-01-31,month,reported", "town,2024-01-01,2024-01-31,month,under-investigation");

        try (ConfigurableApplicationContext app = start(port, data, db)) {
            // The reader moves the timeline: the page's next exchange with the restarted server.
            page.locator("strike-timeline #slider").focus();
            page.keyboard().press("ArrowLeft");
            page.waitForCondition(() -> page.locator("h1").count() == 1
                    && page.locator("h1").innerText().startsWith("A changed test map"));
            MapPage.waitUntilDrawn(page);

            PlaywrightAssertions.assertThat(page.locator(".sm-count")).containsText(": 2 of 2 located attacks on record");
            List<String> versions = layerVersions(page);
            assertThat(versions).doesNotContain(oldVersion).hasSize(10);
            assertThat(versions.stream().distinct().count()).isEqualTo(1);
            PlaywrightAssertions.assertThat(page.locator("strike-timeline #count"))
                    .containsText("2 of 2 located attacks on record");
        }
    }

    private static ConfigurableApplicationContext start(int port, Path data, Path db) {
        return new SpringApplicationBuilder(StrikeMapApplication.class).run("--server.port=" + port,
                "--strikemap.data-dir=" + data, "--strikemap.db-dir=" + db,
                "--strikemap.boundaries-dir=" + TestDatabase.FIXTURE_BOUNDARIES.toAbsolutePath());
    }

    @SuppressWarnings("unchecked")
    private static List<String> layerVersions(Page page) {
        return (List<String>) page.evaluate("() => document.querySelector('leaflet-map').layers"
                + ".map(l => l.url.split('/')[1])");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
