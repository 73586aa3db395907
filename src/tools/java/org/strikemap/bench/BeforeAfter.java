package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strikemap.testing.Chromium;

/**
 * The benchmark program run by src/bin/bench (not a test): measures already started builds one after another
 * (browser figures in one headless Chromium) and prints markdown tables. Order matters: statements per page open
 * first (needs apps nobody has opened yet), then cold loads, second loads, heap per view, Lighthouse, readers.
 * Arguments: floor folder, cold-load runs, second-load runs, opens per page for the statement count, views for the
 * heap, then one {@code label=url,pid,log} per build (see {@link App}). System property {@code bench.only}
 * (e.g. {@code heap,second}) picks figures: queries, cold, second, heap, lighthouse, readers; all by default.
 * Lighthouse and readers need no Playwright: {@code bench.lighthouse} is the lighthouse CLI, {@code
 * bench.lighthouseRuns} its runs per build (3), {@code bench.readers} the concurrent readers (1000) and {@code
 * bench.readerRounds} their measured rounds per build (2). Readers go last: they leave thousands of sessions (if
 * the build makes any) in the server.
 */
public final class BeforeAfter {

    private BeforeAfter() {
    }

    public static void main(String[] args) throws Exception {
        Report.progress("measuring %d builds", args.length - 5);
        Path floorDir = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int secondRuns = Integer.parseInt(args[2]);
        int opens = Integer.parseInt(args[3]);
        int views = Integer.parseInt(args[4]);
        List<App> apps = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            apps.add(App.parse(args[i]));
        }
        if (wanted("queries") || wanted("cold") || wanted("second") || wanted("heap")) {
            inChromium(apps, floorDir, runs, secondRuns, opens, views);
        }
        if (wanted("lighthouse")) {
            Lighthouse.run(apps, Path.of(System.getProperty("bench.lighthouse")),
                    Integer.getInteger("bench.lighthouseRuns", 3));
        }
        if (wanted("readers")) {
            Readers.run(apps, Integer.getInteger("bench.readers", 1000),
                    Integer.getInteger("bench.readerRounds", 2));
        }
        Report.progress("done");
    }

    private static void inChromium(List<App> apps, Path floorDir, int runs, int secondRuns, int opens, int views)
            throws Exception {
        try (StaticServer floor = StaticServer.serve(floorDir);
             Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            if (wanted("queries")) {
                QueriesPerOpen.run(browser, apps, opens);
            }
            if (wanted("cold")) {
                ColdLoads.run(browser, apps, floor.url("plain-leaflet.html"), runs);
            }
            if (wanted("second")) {
                SecondLoad.run(browser, apps, secondRuns);
            }
            browser.close();
            if (wanted("heap")) {
                HeapPerView.run(playwright, apps, views);
            }
        }
    }

    private static boolean wanted(String figure) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(figure);
    }
}
