package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.util.ArrayList;
import java.util.List;
import org.strikemap.testing.Chromium;

/**
 * Server heap per open view: used heap after a full GC ({@link HeapProbe}) before and while {@code views} pages of
 * one path are open, each in its own browser context (so its own session and UI), marks drawn. The pages stay open
 * during the probe, then close; their sessions live on in the server until they time out, which is why every batch
 * takes its own "before". One build under load at a time: `/` for each build, then `/embed` for each build. Each
 * batch has its own browser, closed whole afterwards (much faster than closing 100 contexts one by one).
 * Limits: includes everything a session holds (Vaadin session, UI tree, Spring session beans); GC noise of a few
 * hundred KB is a few KB per view.
 */
final class HeapPerView {

    /** Time for the server to see the closed connections and drop their buffers. */
    private static final long CLOSE_MILLIS = 3_000;

    private HeapPerView() {
    }

    private static void openAndClose(Playwright playwright, App app, String path, int views) {
        Browser browser = Chromium.launch(playwright);
        try {
            for (int i = 0; i < views; i++) {
                Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)).newPage();
                page.navigate(app.page(path));
                Marks.waitUntilDrawn(page, Marks.APP_MARK);
            }
            Report.progress("heap: %s %s, warm-up batch of %d views opened and closed", app.label(), path, views);
        } finally {
            browser.close();
        }
    }

    static void run(Playwright playwright, List<App> apps, int views) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (String path : App.PAGES) {
            for (App app : apps) {
                // A first batch as large as the measured one, opened and closed, fills what a server builds once and
                // keeps whatever the number of readers: Tomcat's caches of up to 200 connection processors and up to
                // 500 idle channels with two 8 KB buffers each (about 8 connections per page open, so half a batch
                // left them filling during the measurement and added ~30 KB per view), JIT, lazy caches. Its
                // sessions stay in "before", so the second batch's share is per view only.
                openAndClose(playwright, app, path, views);
                long before = HeapProbe.usedAfterGc(app.pid());
                Browser browser = Chromium.launch(playwright);
                try {
                    for (int i = 1; i <= views; i++) {
                        BrowserContext context = browser.newContext(
                                new Browser.NewContextOptions().setViewportSize(1280, 800));
                        Page page = context.newPage();
                        page.navigate(app.page(path));
                        Marks.waitUntilDrawn(page, Marks.APP_MARK);
                        if (i % 20 == 0) {
                            Report.progress("heap: %s %s, %d of %d views open", app.label(), path, i, views);
                        }
                    }
                    Thread.sleep(2000); // let late round trips (e.g. the timeline settling) finish
                    long with = HeapProbe.usedAfterGc(app.pid());
                    // The browser's idle keep-alive connections (up to 8 per page, about 16 KB of Tomcat buffers
                    // each) are per connection, not per view: close them, and measure what the sessions and UIs
                    // alone hold (they stay on the server until their timeouts, minutes later).
                    browser.close();
                    Thread.sleep(CLOSE_MILLIS);
                    long sessions = HeapProbe.usedAfterGc(app.pid());
                    rows.add(List.of("`" + path + "`", app.label(), Report.fixed(before / 1e6, 1) + " MB",
                            Report.fixed(with / 1e6, 1) + " MB", Report.fixed((with - before) / 1e3 / views, 0),
                            Report.fixed((sessions - before) / 1e3 / views, 0)));
                } finally {
                    browser.close();
                }
            }
        }
        Report.table("### Server heap per open view (" + views + " views of each page, used heap after full GC)",
                List.of("page", "build", "used heap before", "with " + views + " views open", "KB per view",
                        "KB per view, connections closed, sessions alive"), rows);
    }
}
