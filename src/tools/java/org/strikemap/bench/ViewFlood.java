package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.strikemap.testing.Chromium;
import org.strikemap.testing.ScriptedView;

/**
 * Issue 16's view-start flood, the audit's script: from {@code addresses} loopback addresses (127.0.2.1 and up),
 * {@code threads} clients each start views in a loop as a script that runs no browser does ({@link ScriptedView}:
 * {@code ?v-r=init}, then the {@code ui-navigate} event with the session cookie, which builds the view), for
 * {@code seconds}. Meanwhile: the API is probed from 127.0.0.2 (4 a second) and the embed from 127.0.0.3 (2 a second),
 * each also for 20 s before the flood (the quiet figures); every 30 s jcmd counts live UIs and sessions after a full
 * GC and reads the used heap; every minute a real browser (headless Chromium, from 127.0.0.1) opens {@code /} and
 * reports whether it got the map, the busy page or something else. Limits: the driver shares the machine's cores
 * with the server. Usage: ViewFlood url pid label seconds addresses threads.
 */
final class ViewFlood {

    private static final List<String> API = List.of("/api/strikes", "/api/regions", "/api/dataset", "/api/range-rings");
    private static final long SAMPLE_MILLIS = 30_000;
    private static final long BROWSER_MILLIS = 60_000;
    private static final long QUIET_MILLIS = 20_000;

    record Sample(long atSeconds, long usedBytes, long uis, long sessions) {
    }

    record Visit(long atSeconds, String outcome, long millis) {
    }

    private ViewFlood() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String pid = args[1];
        String label = args[2];
        int seconds = Integer.parseInt(args[3]);
        int addresses = Integer.parseInt(args[4]);
        int threads = Integer.parseInt(args[5]);
        long maxHeap = HeapProbe.maxHeap(pid);

        Prober api = new Prober(url, "127.0.0.2", API, 250).warm(3);
        Prober embed = new Prober(url, "127.0.0.3", List.of("/embed"), 500).warm(3);
        long quietStart = System.currentTimeMillis();
        try (ExecutorService quiet = Executors.newVirtualThreadPerTaskExecutor()) {
            quiet.submit(() -> { api.run(quietStart, quietStart + QUIET_MILLIS); return null; });
            quiet.submit(() -> { embed.run(quietStart, quietStart + QUIET_MILLIS); return null; });
        }
        List<Prober.Probe> quietApi = api.probes();
        List<Prober.Probe> quietEmbed = embed.probes();
        Prober floodApi = new Prober(url, "127.0.0.2", API, 250);
        Prober floodEmbed = new Prober(url, "127.0.0.3", List.of("/embed"), 500);

        List<Sample> samples = new ArrayList<>();
        samples.add(sample(pid, 0));
        Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        List<Visit> visits = Collections.synchronizedList(new ArrayList<>());
        long start = System.currentTimeMillis();
        long end = start + seconds * 1000L;
        Report.progress("view flood %s: %d addresses × %d clients for %d s; before: %s", label, addresses, threads,
                seconds, samples.getFirst());
        List<HttpClient> clients = new ArrayList<>();
        try (ExecutorService work = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int a = 1; a <= addresses; a++) {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(30)).localAddress(InetAddress.getByName("127.0.2." + a)).build();
                clients.add(client);
                for (int t = 0; t < threads; t++) {
                    work.submit(() -> { flood(client, url + "/", end, outcomes); return null; });
                }
            }
            work.submit(() -> { floodApi.run(start, end); return null; });
            work.submit(() -> { floodEmbed.run(start, end); return null; });
            work.submit(() -> { browse(url + "/", start, end, visits); return null; });
            while (System.currentTimeMillis() < end) {
                Thread.sleep(Math.min(SAMPLE_MILLIS, Math.max(1, end - System.currentTimeMillis())));
                if (System.currentTimeMillis() < end) {
                    Sample sample = sample(pid, (System.currentTimeMillis() - start) / 1000);
                    samples.add(sample);
                    Report.progress("view flood %s: %s; outcomes so far %s", label, sample, new TreeMap<>(outcomes));
                }
            }
        } finally {
            clients.forEach(HttpClient::close);
        }
        Thread.sleep(3_000);
        samples.add(sample(pid, (System.currentTimeMillis() - start) / 1000));
        report(label, seconds, addresses, threads, maxHeap, outcomes, samples, visits,
                List.of(quietApi, floodApi.probes(), quietEmbed, floodEmbed.probes()));
    }

    /** One client: start a view, have it built, again, until {@code end}. */
    private static void flood(HttpClient client, String base, long end, Map<String, LongAdder> outcomes) {
        while (System.currentTimeMillis() < end) {
            String outcome;
            try {
                ScriptedView view = ScriptedView.start(client, base, "", "");
                if (view.started()) {
                    int built = view.navigate("", "");
                    outcome = built == 200 ? "view built" : "start ok, navigate " + built;
                } else {
                    outcome = "start " + view.startAnswer().statusCode();
                }
            } catch (IOException e) {
                outcome = e.getClass().getSimpleName();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            outcomes.computeIfAbsent(outcome, key -> new LongAdder()).increment();
        }
    }

    /** A real browser opens the map once a minute, each time as a new reader, and says what it got. */
    private static void browse(String url, long start, long end, List<Visit> visits) {
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            for (long next = start + 15_000; next < end; next += BROWSER_MILLIS) {
                Thread.sleep(Math.max(0, next - System.currentTimeMillis()));
                long t0 = System.nanoTime();
                String outcome;
                try (BrowserContext context = browser.newContext()) {
                    outcome = visit(context.newPage(), url);
                } catch (RuntimeException e) {
                    outcome = "error: " + e.getClass().getSimpleName();
                }
                visits.add(new Visit((System.currentTimeMillis() - start) / 1000, outcome, (System.nanoTime() - t0) / 1_000_000));
                Report.progress("view flood: a browser at %d s: %s", visits.getLast().atSeconds(), outcome);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String visit(Page page, String url) {
        Response answer = page.navigate(url, new Page.NavigateOptions().setTimeout(60_000));
        if (answer == null) {
            return "no answer";
        }
        if (answer.status() == 503 || answer.status() == 429) {
            return page.locator("main.sm-error a[href*='embed']").count() > 0 ? "busy page (" + answer.status() + ")"
                    : "error page " + answer.status();
        }
        if (answer.status() != 200) {
            return "HTTP " + answer.status();
        }
        try {
            page.waitForSelector("leaflet-map .lm-mark, iframe[src*='offline-stub']",
                    new Page.WaitForSelectorOptions().setTimeout(60_000).setState(
                            com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
        } catch (RuntimeException timeout) {
            return "neither map nor busy page in 60 s";
        }
        if (page.locator("iframe[src*='offline-stub']").count() == 0) {
            return "map opened";
        }
        // Flow's client shows /offline-stub.html in a frame when the view's start failed: what does that frame say?
        var heading = page.frameLocator("iframe[src*='offline-stub']").locator("h2");
        String said = heading.count() > 0 ? heading.first().textContent() : "nothing";
        return "view refused; the page's frame says: " + said;
    }

    private static Sample sample(String pid, long atSeconds) throws IOException, InterruptedException {
        Map<String, Long> live = HeapProbe.liveObjects(pid);
        return new Sample(atSeconds, HeapProbe.used(pid), live.getOrDefault("com.vaadin.flow.component.UI", 0L),
                live.getOrDefault("org.apache.catalina.session.StandardSession", 0L));
    }

    private static void report(String label, int seconds, int addresses, int threads, long maxHeap,
                               Map<String, LongAdder> outcomes, List<Sample> samples, List<Visit> visits,
                               List<List<Prober.Probe>> probes) {
        List<List<String>> outcomeRows = new ArrayList<>();
        new TreeMap<>(outcomes).forEach((outcome, count) -> outcomeRows.add(List.of(outcome, Report.bytes(count.sum()),
                Report.fixed(count.sum() / (double) seconds, 1))));
        Report.table("### View-start flood (" + label + "): " + addresses + " addresses × " + threads
                + " clients, init + ui-navigate, " + seconds + " s", List.of("outcome", "count", "per second"), outcomeRows);

        List<List<String>> state = new ArrayList<>();
        for (Sample sample : samples) {
            state.add(List.of(sample.atSeconds() + " s", Report.fixed(sample.usedBytes() / 1e6, 1) + " MB",
                    Report.fixed(100.0 * sample.usedBytes() / maxHeap, 0) + " %", Report.bytes(sample.uis()),
                    Report.bytes(sample.sessions())));
        }
        long maxUsed = samples.stream().mapToLong(Sample::usedBytes).max().orElse(0);
        state.add(List.of("max", Report.fixed(maxUsed / 1e6, 1) + " MB", Report.fixed(100.0 * maxUsed / maxHeap, 0) + " %",
                Report.bytes(samples.stream().mapToLong(Sample::uis).max().orElse(0)),
                Report.bytes(samples.stream().mapToLong(Sample::sessions).max().orElse(0))));
        Report.table("### Server state (" + label + "; max heap " + Report.fixed(maxHeap / 1e6, 0)
                        + " MB; jcmd class histogram, full GC first)",
                List.of("at", "used heap after full GC", "of max", "views (UIs)", "HTTP sessions"), state);

        Report.table("### Probes (" + label + "; API from 127.0.0.2, 4 a second, " + String.join(", ", API)
                        + " in turn; /embed from 127.0.0.3, 2 a second)",
                List.of("what", "probes", "errors", "p50", "p99", "max"),
                List.of(Prober.row("API, quiet (20 s before)", probes.get(0)), Prober.row("API, during the flood", probes.get(1)),
                        Prober.row("/embed, quiet (20 s before)", probes.get(2)),
                        Prober.row("/embed, during the flood", probes.get(3))));

        List<List<String>> visitRows = new ArrayList<>();
        for (Visit visit : visits) {
            visitRows.add(List.of(visit.atSeconds() + " s", visit.outcome(), Report.millis(visit.millis())));
        }
        Report.table("### A real browser opening `/` during the flood (" + label + "; headless Chromium, a new reader each)",
                List.of("at", "what it got", "time"), visitRows);
    }
}
