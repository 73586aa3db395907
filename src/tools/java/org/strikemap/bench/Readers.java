package org.strikemap.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.zip.GZIPInputStream;

/**
 * Many concurrent readers loading {@code /embed} over plain HTTP: each GETs the page, then every asset its HTML
 * names ({@link PageAssets}), six at a time like a browser's per-host limit, asking for gzip for the page (which
 * it decodes) and for what Chromium accepts for the assets (so pre-compressed files are served as to a browser),
 * with no cookie store (a reader in a cross-site frame sends no cookies). All readers start together on virtual
 * threads behind one latch. Per build a warm-up round, then used heap after a full GC; then {@code rounds} measured
 * rounds alternating builds, then used heap again, connections closed. Limits: runs no JavaScript, so for a Vaadin
 * page it cannot replay the UIDL requests and understates that build's cost; one pooled HttpClient (HTTP/1.1,
 * loopback, no TLS) shares connections between readers; the driver shares the machine's cores with the server.
 */
final class Readers {

    /** Chromium opens at most six HTTP/1.1 connections per host. */
    private static final int PER_READER = 6;
    /** Time for the server to see the closed connections and drop their buffers (as in {@link HeapPerView}). */
    private static final long CLOSE_MILLIS = 3_000;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String PATH = "/embed";
    /** What Chromium 156 sends; asset bodies are counted, never decoded, so brotli and zstd are fine. */
    private static final String BROWSER_ENCODINGS = "gzip, deflate, br, zstd";

    /** One request: status (0 on an exception), time to the last body byte, bytes as sent, cookies set. */
    record Fetch(URI uri, int status, long nanos, long bytes, List<String> setCookies, String error) {

        boolean failed() {
            return error != null || status < 200 || status >= 400;
        }
    }

    /** One round: every request, every reader's time from the page request to its last asset, and the wall time. */
    record Round(List<Fetch> fetches, long[] readerNanos, long wallNanos, int otherOrigin) {
    }

    private Readers() {
    }

    static void run(List<App> apps, int readers, int rounds) throws Exception {
        Map<String, Long> before = new HashMap<>();
        for (App app : apps) {
            Report.progress("readers: %s, warm-up round of %d", app.label(), readers);
            report(app, "warm-up", round(URI.create(app.page(PATH)), readers));
            Thread.sleep(CLOSE_MILLIS);
            before.put(app.label(), HeapProbe.usedAfterGc(app.pid()));
        }
        // Measured rounds alternate builds (before, after, after, before, …) so drift from other work hits both.
        Map<String, List<Round>> measured = new HashMap<>();
        for (int run = 1; run <= rounds; run++) {
            for (App app : run % 2 == 1 ? apps : apps.reversed()) {
                Report.progress("readers: %s, measured round %d of %d, %d readers", app.label(), run, rounds, readers);
                Round round = round(URI.create(app.page(PATH)), readers);
                report(app, "measured", round);
                measured.computeIfAbsent(app.label(), key -> new ArrayList<>()).add(round);
            }
        }
        Thread.sleep(CLOSE_MILLIS);
        List<List<String>> load = new ArrayList<>();
        List<List<String>> state = new ArrayList<>();
        for (App app : apps) {
            List<Round> own = measured.get(app.label());
            long after = HeapProbe.usedAfterGc(app.pid());
            load.add(loadRow(app, own, readers));
            state.add(stateRow(app, own, before.get(app.label()), after, readers));
        }
        String of = rounds == 1 ? "one round" : rounds + " rounds, alternating";
        Report.table("### " + readers + " concurrent readers loading `" + PATH + "` with what its HTML names "
                        + "(plain HTTP, no JavaScript, no cookies; " + of + ")",
                List.of("build", "requests", "per reader", "KB per reader (bodies as sent)", "requests/s (rounds)",
                        "p50 per request", "p99 per request", "p50 per reader", "p99 per reader", "errors"), load);
        Report.table("### Server state after " + readers + " concurrent readers × " + rounds + " (used heap after "
                        + "full GC, connections closed)",
                List.of("build", "responses with Set-Cookie", "distinct cookies set", "used heap before",
                        "used heap after", "change", "KB per reader"), state);
    }

    static Round round(URI page, int readers) throws InterruptedException {
        ConcurrentLinkedQueue<Fetch> fetches = new ConcurrentLinkedQueue<>();
        long[] readerNanos = new long[readers];
        int[] otherOrigin = new int[readers];
        CountDownLatch ready = new CountDownLatch(readers);
        CountDownLatch go = new CountDownLatch(1);
        long wall;
        ExecutorService clientThreads = Executors.newVirtualThreadPerTaskExecutor();
        // No cookie handler: nothing a response sets is sent back, as from a frame on another site.
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(TIMEOUT).executor(clientThreads).build()) {
            ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
            for (int i = 0; i < readers; i++) {
                int reader = i;
                threads.submit(() -> {
                    ready.countDown();
                    go.await(); // every reader is started and waiting: they overlap for real
                    long start = System.nanoTime();
                    otherOrigin[reader] = read(client, page, fetches);
                    readerNanos[reader] = System.nanoTime() - start;
                    return null;
                });
            }
            ready.await();
            long start = System.nanoTime();
            go.countDown();
            threads.close(); // waits for every reader
            wall = System.nanoTime() - start;
        } finally {
            clientThreads.close();
        }
        return new Round(List.copyOf(fetches), readerNanos, wall, Arrays.stream(otherOrigin).max().orElse(0));
    }

    /** One reader: the page, then what it names, at most {@link #PER_READER} at a time; returns names skipped. */
    private static int read(HttpClient client, URI page, ConcurrentLinkedQueue<Fetch> fetches)
            throws InterruptedException {
        byte[][] html = new byte[1][];
        Fetch first = fetch(client, page, "text/html,application/xhtml+xml,*/*;q=0.8", "gzip", html);
        fetches.add(first);
        if (first.failed() || html[0] == null) {
            return 0;
        }
        PageAssets.Names names = PageAssets.of(page, new String(html[0], StandardCharsets.UTF_8));
        Semaphore slots = new Semaphore(PER_READER);
        List<Thread> workers = new ArrayList<>();
        for (URI asset : names.assets()) {
            slots.acquire();
            workers.add(Thread.ofVirtual().start(() -> {
                try {
                    fetches.add(fetch(client, asset, "*/*", BROWSER_ENCODINGS, null));
                } finally {
                    slots.release();
                }
            }));
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return names.otherOrigin();
    }

    /** GETs one URL; when {@code body} is given, leaves the decoded body in its first slot. */
    private static Fetch fetch(HttpClient client, URI uri, String accept, String encodings, byte[][] body) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", accept)
                .header("Accept-Encoding", encodings).GET().build();
        long start = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            long nanos = System.nanoTime() - start;
            if (body != null) {
                boolean gzip = response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
                body[0] = gzip ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes()
                        : response.body();
            }
            return new Fetch(uri, response.statusCode(), nanos, response.body().length,
                    response.headers().allValues("Set-Cookie"), null);
        } catch (IOException e) {
            return new Fetch(uri, 0, System.nanoTime() - start, 0, List.of(), e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Fetch(uri, 0, System.nanoTime() - start, 0, List.of(), "interrupted");
        }
    }

    /** A progress line per round: kinds of error, and requests and bytes of the last one per path, to check by eye. */
    private static void report(App app, String which, Round round) {
        Map<String, Integer> errors = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> paths = new TreeMap<>();
        for (Fetch fetch : round.fetches()) {
            int count = counts.merge(fetch.uri().getRawPath(), 1, Integer::sum);
            paths.put(fetch.uri().getRawPath(), count + "× " + fetch.bytes() + " B");
            if (fetch.failed()) {
                errors.merge(fetch.error() != null ? fetch.error() : "HTTP " + fetch.status(), 1, Integer::sum);
            }
        }
        Report.progress("readers: %s %s round: %d requests in %.1f s, errors %s, requests and bytes per path %s%s",
                app.label(), which, round.fetches().size(), round.wallNanos() / 1e9, errors, paths,
                round.otherOrigin() > 0 ? ", names on other origins not fetched: " + round.otherOrigin() : "");
    }

    private static List<String> loadRow(App app, List<Round> rounds, int readers) {
        List<Fetch> fetches = rounds.stream().flatMap(r -> r.fetches().stream()).toList();
        double[] requestMillis = fetches.stream().mapToDouble(f -> f.nanos() / 1e6).toArray();
        double[] readerMillis = rounds.stream().flatMapToLong(r -> Arrays.stream(r.readerNanos()))
                .mapToDouble(n -> n / 1e6).toArray();
        long bytes = fetches.stream().mapToLong(Fetch::bytes).sum();
        long errors = fetches.stream().filter(Fetch::failed).count();
        double wall = rounds.stream().mapToLong(Round::wallNanos).sum() / 1e9;
        String perRound = String.join(", ", rounds.stream()
                .map(r -> Report.fixed(r.fetches().size() / (r.wallNanos() / 1e9), 0)).toList());
        int all = readerMillis.length;
        return List.of(app.label(), Report.bytes(fetches.size()), Report.fixed((double) fetches.size() / all, 1),
                Report.fixed(bytes / 1e3 / all, 1), Report.fixed(fetches.size() / wall, 0) + " (" + perRound + ")",
                Report.millis(Report.percentile(requestMillis, 50)), Report.millis(Report.percentile(requestMillis, 99)),
                Report.millis(Report.percentile(readerMillis, 50)), Report.millis(Report.percentile(readerMillis, 99)), Report.bytes(errors));
    }

    private static List<String> stateRow(App app, List<Round> rounds, long before, long after, int readers) {
        List<Fetch> fetches = rounds.stream().flatMap(r -> r.fetches().stream()).toList();
        long withCookies = fetches.stream().filter(f -> !f.setCookies().isEmpty()).count();
        Set<String> cookies = new HashSet<>();
        for (Fetch fetch : fetches) {
            for (String header : fetch.setCookies()) {
                cookies.add(header.split(";", 2)[0].strip()); // name=value, e.g. JSESSIONID=…: one per session
            }
        }
        return List.of(app.label(), Report.bytes(withCookies), Report.bytes(cookies.size()),
                Report.fixed(before / 1e6, 1) + " MB", Report.fixed(after / 1e6, 1) + " MB",
                String.format(Locale.ROOT, "%+,.1f MB", (after - before) / 1e6),
                Report.fixed((after - before) / 1e3 / ((long) readers * rounds.size()), 1));
    }
}
