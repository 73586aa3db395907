package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.strikemap.testing.Chromium;

/**
 * The benchmark program run by src/bin/bench (not a test): measures already started builds one after another in
 * one headless Chromium and prints one markdown table per figure. Order matters: statements per page open first
 * (needs apps nobody has opened yet), then cold loads, second loads and heap per view (the heaviest, last).
 * Arguments: floor folder, cold-load runs, second-load runs, opens per page for the statement count, views for the
 * heap, then one {@code label=url,pid,log} per build (see {@link App}). System property {@code bench.only}
 * (e.g. {@code heap,second}) picks figures: queries, cold, second, heap; all by default.
 */
public final class BeforeAfter {

    private BeforeAfter() {
    }

    public static void main(String[] args) throws Exception {
        Report.progress("measuring %d builds in headless Chromium", args.length - 5);
        Path floorDir = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        int secondRuns = Integer.parseInt(args[2]);
        int opens = Integer.parseInt(args[3]);
        int views = Integer.parseInt(args[4]);
        List<App> apps = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            apps.add(App.parse(args[i]));
        }
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
        Report.progress("done");
    }

    private static boolean wanted(String figure) {
        String only = System.getProperty("bench.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(figure);
    }
}
