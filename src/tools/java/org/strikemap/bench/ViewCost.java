package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.strikemap.testing.Chromium;
import org.strikemap.testing.ScriptedView;

/**
 * The heap one view holds on the server, measured so that the figure repeats: the app under measurement is started
 * with nothing that ends a view (idle timeout, confirmation deadline and view caps far beyond the run, rate limits
 * off: src/bin/bench-view-cost), so no view of an earlier batch ends during the measurement, which is what made
 * earlier figures drift (16–219 KB). Two first batches are not counted (JIT, Tomcat's processors and caches, lazy
 * caches). Then per batch: used heap after a full GC (median of three), {@code views} views of {@code kind}, used heap after a
 * full GC again and the live UIs counted by a class histogram; the cost is the heap added over all batches per UI
 * added over all of them. Kinds:
 * {@code started} ({@code ?v-r=init} only), {@code built} (init and {@code ui-navigate}, which builds the page's
 * view: the audit's script), {@code browser} (a page in headless Chromium, its view confirmed and left open).
 * KB = 1,000 bytes. Usage: ViewCost url pid kind batches views.
 */
final class ViewCost {

    private static final String UI = "com.vaadin.flow.component.UI";
    private static final long KEEP_ALIVE_MILLIS = 25_000;

    private ViewCost() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String pid = args[1];
        String kind = args[2];
        int batches = Integer.parseInt(args[3]);
        int views = Integer.parseInt(args[4]);
        List<double[]> rows = new ArrayList<>();
        try (Opener opener = new Opener(url, kind)) {
            // Two batches not counted: a first batch still fills caches the second finds full (Tomcat's processors,
            // Vaadin's per-route and per-session caches, JIT), which is why a single warm-up left the first measured
            // batch of browser views up to 75 % above the next.
            for (int warm = 1; warm <= 2; warm++) {
                Report.progress("view cost %s: warm-up batch %d of %d views", kind, warm, views);
                opener.open(views);
            }
            for (int batch = 1; batch <= batches; batch++) {
                long before = usedAfterGc(pid);
                long uisBefore = HeapProbe.liveObjects(pid).getOrDefault(UI, 0L);
                int opened = opener.open(views);
                long after = usedAfterGc(pid);
                long uisAfter = HeapProbe.liveObjects(pid).getOrDefault(UI, 0L);
                double perView = (after - before) / 1e3 / Math.max(1, uisAfter - uisBefore);
                rows.add(new double[] {batch, opened, uisAfter - uisBefore, before / 1e6, after / 1e6, perView});
                Report.progress("view cost %s: batch %d: %d opened, %d UIs added, %.1f → %.1f MB: %.1f KB a view", kind,
                        batch, opened, uisAfter - uisBefore, before / 1e6, after / 1e6, perView);
            }
        }
        List<List<String>> table = new ArrayList<>();
        for (double[] row : rows) {
            table.add(List.of(Report.fixed(row[0], 0), Report.fixed(row[1], 0), Report.fixed(row[2], 0),
                    Report.fixed(row[3], 1) + " MB", Report.fixed(row[4], 1) + " MB", Report.fixed(row[5], 1)));
        }
        // The figure: the heap added over all batches per UI added over all of them, which averages the full GCs'
        // noise (up to about 1 MB a reading) over every view; the batches' own figures show how much one batch moves.
        double uis = rows.stream().mapToDouble(row -> row[2]).sum();
        double overall = uis == 0 ? 0 : (rows.getLast()[4] - rows.getFirst()[3]) * 1e3 / uis;
        double[] costs = rows.stream().mapToDouble(row -> row[5]).toArray();
        table.add(List.of("all", "", Report.fixed(uis, 0), Report.fixed(rows.getFirst()[3], 1) + " MB",
                Report.fixed(rows.getLast()[4], 1) + " MB", "**" + Report.fixed(overall, 1) + "** (batches "
                        + Report.fixed(Arrays.stream(costs).min().orElse(0), 0) + "–"
                        + Report.fixed(Arrays.stream(costs).max().orElse(0), 0) + ")"));
        Report.table("### Heap per view (" + kind + ", " + views + " a batch; used heap after full GC)",
                List.of("batch", "views opened", "UIs added", "used before", "used after", "KB per view"), table);
    }

    /** Used heap after a full GC: the median of three readings, each after its own full GC. */
    private static long usedAfterGc(String pid) throws IOException, InterruptedException {
        double[] readings = new double[3];
        for (int i = 0; i < readings.length; i++) {
            readings[i] = HeapProbe.usedAfterGc(pid);
        }
        return (long) Report.median(readings);
    }

    /** Opens views of one kind. */
    private static final class Opener implements AutoCloseable {

        private final String url;
        private final String kind;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        private Playwright playwright;
        private Browser browser;
        private final List<BrowserContext> open = new ArrayList<>();

        Opener(String url, String kind) {
            this.url = url + "/";
            this.kind = kind;
            if (kind.equals("browser")) {
                playwright = Playwright.create();
                browser = Chromium.launch(playwright);
            } else if (!kind.equals("started") && !kind.equals("built")) {
                throw new IllegalArgumentException("kind is started, built or browser, not " + kind);
            }
        }

        int open(int views) throws InterruptedException {
            if (browser != null) {
                for (int i = 0; i < views; i++) {
                    BrowserContext context = browser.newContext();
                    open.add(context);
                    Page page = context.newPage();
                    page.navigate(url);
                    page.locator("leaflet-map .lm-mark").first().waitFor(new Locator.WaitForOptions()
                            .setState(WaitForSelectorState.ATTACHED).setTimeout(60_000));
                }
                // Tomcat closes a connection idle for its keep-alive timeout (20 s); the pages send nothing more (no
                // heartbeat within the run), so afterwards only the views are left.
                Thread.sleep(KEEP_ALIVE_MILLIS);
                return views;
            }
            AtomicInteger opened = new AtomicInteger();
            try (ExecutorService clients = Executors.newFixedThreadPool(8)) {
                for (int i = 0; i < views; i++) {
                    clients.submit(() -> {
                        ScriptedView view = ScriptedView.start(http, url, "", "");
                        if (view.started() && (kind.equals("started") || view.navigate("", "") == 200)) {
                            opened.incrementAndGet();
                        }
                        return null;
                    });
                }
            }
            return opened.get();
        }

        @Override
        public void close() {
            open.forEach(BrowserContext::close);
            if (browser != null) {
                browser.close();
                playwright.close();
            }
            http.close();
        }
    }
}
