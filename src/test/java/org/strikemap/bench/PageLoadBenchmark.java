package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.strikemap.testing.Chromium;

/**
 * Measures, in headless Chromium with a cold cache, bytes over the wire and time until strike marks are drawn for
 * the app's {@code /} and {@code /embed} and for the plain-Leaflet floor page; then the server's heap after 100
 * opened {@code /embed} views. Run by src/bin/bench, which starts the app; not a test.
 * Arguments: app base URL, floor folder, app process id, runs per page.
 */
public final class PageLoadBenchmark {

    private record Sample(long bytes, double millis) {
    }

    public static void main(String[] args) throws Exception {
        String app = args[0];
        Path floorDir = Path.of(args[1]);
        String pid = args[2];
        int runs = Integer.parseInt(args[3]);
        try (StaticServer floor = StaticServer.serve(floorDir);
             Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            String floorUrl = floor.url("plain-leaflet.html");
            warmUp(browser, app + "/");
            warmUp(browser, app + "/embed");
            List<Sample> full = measure(browser, app + "/", ".lm-mark", runs);
            List<Sample> embed = measure(browser, app + "/embed", ".lm-mark", runs);
            List<Sample> plain = measure(browser, floorUrl, ".floor-mark", runs);
            System.out.println();
            System.out.println("| page | bytes transferred (median) | time to marks drawn, ms (median of " + runs + ") | vs floor: bytes | vs floor: time |");
            System.out.println("|---|---|---|---|---|");
            row("plain Leaflet floor", plain, plain);
            row("`/`", full, plain);
            row("`/embed`", embed, plain);

            long before = HeapProbe.usedAfterGc(pid);
            List<BrowserContext> open = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                BrowserContext context = browser.newContext();
                Page page = context.newPage();
                page.navigate(app + "/embed");
                page.waitForSelector(".lm-mark");
                open.add(context);
            }
            long after = HeapProbe.usedAfterGc(pid);
            open.forEach(BrowserContext::close);
            System.out.println();
            System.out.printf("Server heap used after full GC: %.1f MB before, %.1f MB with 100 /embed views open "
                    + "(100 sessions, each its own browser context): %.0f KB per view%n",
                    before / 1e6, after / 1e6, (after - before) / 1e3 / 100);
            browser.close();
        }
    }

    private static void warmUp(Browser browser, String url) {
        measureOnce(browser, url, ".lm-mark");
    }

    private static List<Sample> measure(Browser browser, String url, String markSelector, int runs) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            samples.add(measureOnce(browser, url, markSelector));
        }
        return samples;
    }

    /** A fresh context per run: no cache, no cookies, a new server session. */
    private static Sample measureOnce(Browser browser, String url, String markSelector) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        Page page = context.newPage();
        CDPSession cdp = context.newCDPSession(page);
        AtomicLong bytes = new AtomicLong();
        cdp.send("Network.enable");
        JsonObject noCache = new JsonObject();
        noCache.addProperty("cacheDisabled", true);
        cdp.send("Network.setCacheDisabled", noCache);
        cdp.on("Network.loadingFinished", event -> bytes.addAndGet(event.get("encodedDataLength").getAsLong()));
        page.navigate(url);
        Object drawnAt = page.waitForFunction("sel => document.querySelector(sel) ? performance.now() : false",
                markSelector).jsonValue();
        page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
        double millis = ((Number) drawnAt).doubleValue();
        context.close();
        return new Sample(bytes.get(), millis);
    }

    private static void row(String name, List<Sample> samples, List<Sample> floor) {
        long bytes = median(samples.stream().mapToDouble(Sample::bytes).toArray()) > 0
                ? (long) median(samples.stream().mapToDouble(Sample::bytes).toArray()) : 0;
        double millis = median(samples.stream().mapToDouble(Sample::millis).toArray());
        double floorBytes = median(floor.stream().mapToDouble(Sample::bytes).toArray());
        double floorMillis = median(floor.stream().mapToDouble(Sample::millis).toArray());
        System.out.printf("| %s | %,d | %.0f | %.1f× | %.1f× |%n", name, bytes, millis, bytes / floorBytes, millis / floorMillis);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private PageLoadBenchmark() {
    }
}
