package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Second load of {@code /} in the same browser: in a fresh context (cache on), a first load runs until the marks are
 * drawn and the network is idle; that tab closes and a new tab in the same context opens {@code /} again, which is
 * recorded by kind ({@link Traffic}). Builds alternate per run; medians per column (so columns need not add up).
 * Limits: the in-memory cache of a Playwright context, not a profile on disk; a fresh server session is not forced.
 */
final class SecondLoad {

    private SecondLoad() {
    }

    static void run(Browser browser, List<App> apps, int runs) {
        Map<String, List<Traffic>> samples = new LinkedHashMap<>();
        for (int run = 1; run <= runs; run++) {
            Report.progress("second load of /: run %d of %d", run, runs);
            for (App app : apps) {
                samples.computeIfAbsent(app.label(), key -> new ArrayList<>())
                        .add(once(browser, app.page("/"), run == runs ? app.label() : null));
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (App app : apps) {
            List<Traffic> traffic = samples.get(app.label());
            Traffic last = traffic.getLast();
            rows.add(List.of(app.label(), median(traffic, Traffic::html), median(traffic, Traffic::scriptStyle),
                    median(traffic, Traffic::uidl), median(traffic, Traffic::layerData), median(traffic, Traffic::other),
                    median(traffic, Traffic::total), last.fromCache() + " of " + last.requests(),
                    last.geoJsonInUidl() ? "yes" : "no"));
        }
        Report.table("### Second load of `/` in the same browser: bytes transferred (medians of " + runs + ")",
                List.of("build", "html", "js/css", "uidl", "layer data", "other", "total",
                        "requests from cache (last run)", "GeoJSON inside UIDL"), rows);
    }

    /** One first-then-second load; with a label, the second load's requests are listed on stderr. */
    static Traffic once(Browser browser, String url, String describeAs) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        try {
            Page first = context.newPage();
            first.navigate(url);
            Marks.waitUntilDrawn(first, Marks.APP_MARK);
            first.waitForLoadState(LoadState.NETWORKIDLE);
            first.close();
            Page second = context.newPage();
            NetworkRecorder recorder = NetworkRecorder.attach(second, false);
            second.navigate(url);
            Marks.waitUntilDrawn(second, Marks.APP_MARK);
            second.waitForLoadState(LoadState.NETWORKIDLE);
            if (describeAs != null) {
                Report.progress("second load of / (%s), request by request:", describeAs);
                Traffic.describe(recorder).forEach(line -> Report.progress("  %s", line));
            }
            return Traffic.of(recorder);
        } finally {
            context.close();
        }
    }

    private static String median(List<Traffic> samples, ToDoubleFunction<Traffic> figure) {
        return Report.bytes(Report.median(samples.stream().mapToDouble(figure).toArray()));
    }
}
