package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Database statements per page open, read from the app's log: the app runs with JdbcTemplate at DEBUG, which logs
 * one "Executing prepared SQL statement [sql]" per prepared statement (plus "Executing SQL query|update|statement
 * [sql]" for plain ones; the "Executing prepared SQL query|update" line before each prepared one is not counted).
 * Opens run in fresh contexts until marks are drawn and the network is idle. Limits: counts only what goes through
 * Spring's JdbcTemplate (JdbcClient, Spring Data JDBC); must run before anything else touches the app.
 */
final class QueriesPerOpen {

    private static final Pattern STATEMENT = Pattern.compile(
            "Executing (prepared SQL statement|SQL query \\[|SQL update \\[|SQL statement \\[)");

    private QueriesPerOpen() {
    }

    static void run(Browser browser, List<App> apps, int opens) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (App app : apps) {
            Report.progress("queries: %s, 1 + %d opens of / and %d of /embed", app.label(), opens, opens);
            long atStart = count(app.log());
            open(browser, app.page("/"), 1);
            long afterFirst = count(app.log());
            open(browser, app.page("/"), opens);
            long afterFull = count(app.log());
            open(browser, app.page("/embed"), opens);
            long afterEmbed = count(app.log());
            rows.add(List.of(app.label(), String.valueOf(afterFirst - atStart),
                    Report.fixed((afterFull - afterFirst) / (double) opens, 1),
                    Report.fixed((afterEmbed - afterFull) / (double) opens, 1)));
        }
        Report.table("### Database statements per page open (JdbcTemplate DEBUG lines; " + opens + " opens per page)",
                List.of("build", "first `/` after start-up", "`/` per open", "`/embed` per open"), rows);
    }

    private static void open(Browser browser, String url, int times) throws InterruptedException {
        for (int i = 0; i < times; i++) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
            try {
                Page page = context.newPage();
                page.navigate(url);
                Marks.waitUntilDrawn(page, Marks.APP_MARK);
                page.waitForLoadState(LoadState.NETWORKIDLE);
            } finally {
                context.close();
            }
        }
        Thread.sleep(300); // the log is written by the request threads; give the last lines time to land
    }

    /** Statements logged so far. */
    static long count(Path log) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
            byte[] content = new byte[(int) file.length()];
            file.readFully(content);
            Matcher matcher = STATEMENT.matcher(new String(content, StandardCharsets.ISO_8859_1));
            long count = 0;
            while (matcher.find()) {
                count++;
            }
            return count;
        }
    }
}
