package org.strikemap.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 9's session flood: {@code concurrency} anonymous clients GET {@code /} in a loop for {@code seconds}, with no
 * cookie store, while a prober on another loopback address (127.0.0.2) asks the API four times a second and every
 * 30 s jcmd counts the server's live HTTP sessions, Vaadin sessions and UIs (a class histogram, which runs a full
 * GC first) and reads the used heap after it. Mode {@code one-address}: the flood comes from 127.0.0.1 (the rate
 * limit's case). Mode {@code many-addresses}: the app is started behind-a-proxy and each request names a random
 * client in X-Forwarded-For (198.18.0.0/15, header text only), so no bucket holds it back and the session bound
 * itself is what is measured. The prober asks each endpoint three times before the flood starts (not counted), so
 * its own cold start is not reported as the server's. Limits: the driver shares the machine's two cores with the server; HTTP/1.1 over
 * loopback, no TLS. Usage: SessionFlood url pid mode seconds concurrency.
 */
final class SessionFlood {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long SAMPLE_MILLIS = 30_000;
    private static final List<String> API = List.of("/api/strikes", "/api/regions", "/api/dataset", "/api/range-rings");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+(\\S+)", Pattern.MULTILINE);

    record Probe(String path, long atMillis, long nanos, int status, String error) {
        boolean failed() {
            return error != null || status != 200;
        }
    }

    record Sample(long atSeconds, long usedBytes, long httpSessions, long vaadinSessions, long uis) {
    }

    private SessionFlood() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String pid = args[1];
        String mode = args[2];
        int seconds = Integer.parseInt(args[3]);
        int concurrency = Integer.parseInt(args[4]);
        boolean many = mode.equals("many-addresses");
        long start = System.currentTimeMillis();
        long end = start + seconds * 1000L;

        Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder withCookie = new LongAdder();
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        List<Probe> probes = Collections.synchronizedList(new ArrayList<>());
        List<Sample> samples = new ArrayList<>();
        samples.add(sample(pid, 0));
        Report.progress("flood %s: %d clients GET / for %d s; before: %s", mode, concurrency, seconds, samples.getFirst());

        ExecutorService clientThreads = Executors.newVirtualThreadPerTaskExecutor();
        try (HttpClient flood = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .executor(clientThreads).build();
             HttpClient prober = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                     .localAddress(InetAddress.getByName("127.0.0.2")).build();
             ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            // The prober's own first requests (its connection, its classes) are not the server's latency: three of
            // each before the flood, not counted.
            for (int i = 0; i < 3 * API.size(); i++) {
                probe(prober, url + API.get(i % API.size()), start);
            }
            for (int i = 0; i < concurrency; i++) {
                threads.submit(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    while (System.currentTimeMillis() < end) {
                        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url + "/")).timeout(TIMEOUT)
                                .header("Accept", "text/html");
                        if (many) {
                            int client = ThreadLocalRandom.current().nextInt(1 << 17);
                            request.header("X-Forwarded-For", "198." + (18 + (client >> 16)) + "." + ((client >> 8) & 255)
                                    + "." + (client & 255));
                        }
                        long t0 = System.nanoTime();
                        String key;
                        try {
                            HttpResponse<Void> response = flood.send(request.build(), HttpResponse.BodyHandlers.discarding());
                            key = Integer.toString(response.statusCode());
                            if (response.headers().firstValue("Set-Cookie").isPresent()) {
                                withCookie.increment();
                            }
                        } catch (IOException e) {
                            key = e.getClass().getSimpleName();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - t0;
                        statuses.computeIfAbsent(key, k -> new LongAdder()).increment();
                    }
                    latencies.add(Arrays.copyOf(mine, n));
                    return null;
                });
            }
            threads.submit(() -> {
                for (int i = 0; System.currentTimeMillis() < end; i++) {
                    probes.add(probe(prober, url + API.get(i % API.size()), start));
                    Thread.sleep(250);
                }
                return null;
            });
            while (System.currentTimeMillis() < end) {
                Thread.sleep(Math.min(SAMPLE_MILLIS, Math.max(1, end - System.currentTimeMillis())));
                if (System.currentTimeMillis() < end) {
                    Sample sample = sample(pid, (System.currentTimeMillis() - start) / 1000);
                    samples.add(sample);
                    Report.progress("flood %s: %s; GET / so far %s", mode, sample, new TreeMap<>(statuses));
                }
            }
        } finally {
            clientThreads.close();
        }
        Thread.sleep(3_000);
        samples.add(sample(pid, (System.currentTimeMillis() - start) / 1000));
        report(mode, seconds, concurrency, statuses, withCookie.sum(), latencies, probes, samples);
    }

    private static Probe probe(HttpClient client, String url, long start) {
        long t0 = System.nanoTime();
        long at = System.currentTimeMillis() - start;
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());
            return new Probe(URI.create(url).getPath(), at, System.nanoTime() - t0, response.statusCode(), null);
        } catch (IOException e) {
            return new Probe(URI.create(url).getPath(), at, System.nanoTime() - t0, 0, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(URI.create(url).getPath(), at, System.nanoTime() - t0, 0, "interrupted");
        }
    }

    /** A class histogram (full GC first), then the heap's used figure right after it. */
    private static Sample sample(String pid, long atSeconds) throws IOException, InterruptedException {
        Map<String, Long> counts = new TreeMap<>();
        Matcher row = HISTOGRAM_ROW.matcher(HeapProbe.jcmd(pid, "GC.class_histogram"));
        while (row.find()) {
            counts.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
        }
        return new Sample(atSeconds, HeapProbe.used(pid),
                counts.getOrDefault("org.apache.catalina.session.StandardSession", 0L),
                counts.getOrDefault("com.vaadin.flow.spring.SpringVaadinSession", 0L)
                        + counts.getOrDefault("com.vaadin.flow.server.VaadinSession", 0L),
                counts.getOrDefault("com.vaadin.flow.component.UI", 0L));
    }

    private static void report(String mode, int seconds, int concurrency, Map<String, LongAdder> statuses,
                               long withCookie, List<long[]> latencies, List<Probe> probes, List<Sample> samples) {
        double[] flood = latencies.stream().flatMapToLong(Arrays::stream).mapToDouble(n -> n / 1e6).toArray();
        long total = flood.length;
        long ok = statuses.getOrDefault("200", new LongAdder()).sum();
        long limited = statuses.getOrDefault("429", new LongAdder()).sum();
        Map<String, Long> other = new TreeMap<>();
        statuses.forEach((key, count) -> {
            if (!key.equals("200") && !key.equals("429")) {
                other.put(key, count.sum());
            }
        });
        Report.table("### Flood (" + mode + "): " + concurrency + " clients, anonymous `GET /` for " + seconds + " s",
                List.of("requests", "per second", "200", "429", "other", "p50", "p99", "responses with Set-Cookie"),
                List.of(List.of(Report.bytes(total), Report.fixed(total / (double) seconds, 0), Report.bytes(ok),
                        Report.bytes(limited), other.isEmpty() ? "0" : other.toString(), Report.millis(Report.percentile(flood, 50)),
                        Report.millis(Report.percentile(flood, 99)), Report.bytes(withCookie))));

        List<List<String>> windows = new ArrayList<>();
        List<Probe> all = List.copyOf(probes);
        for (long from = 0; from < seconds * 1000L; from += SAMPLE_MILLIS) {
            long f = from;
            List<Probe> in = all.stream().filter(p -> p.atMillis() >= f && p.atMillis() < f + SAMPLE_MILLIS).toList();
            windows.add(probeRow((from / 1000) + "–" + Math.min(seconds, (from + SAMPLE_MILLIS) / 1000) + " s", in));
        }
        windows.add(probeRow("whole run", all));
        Report.table("### API probes during the flood (" + mode + "; from 127.0.0.2, 4 a second, "
                + String.join(", ", API) + " in turn)", List.of("window", "probes", "errors", "p50", "p99", "max"), windows);
        System.out.println("Slowest probes: " + all.stream().sorted((a, b) -> Long.compare(b.nanos(), a.nanos())).limit(5)
                .map(p -> p.path() + " at " + Report.fixed(p.atMillis() / 1000.0, 1) + " s: " + Report.millis(p.nanos() / 1e6))
                .collect(Collectors.joining("; ")) + ".");
        System.out.println();

        List<List<String>> state = new ArrayList<>();
        for (Sample sample : samples) {
            state.add(List.of(sample.atSeconds() + " s", Report.fixed(sample.usedBytes() / 1e6, 1) + " MB",
                    Report.bytes(sample.httpSessions()), Report.bytes(sample.vaadinSessions()), Report.bytes(sample.uis())));
        }
        long maxUsed = samples.stream().mapToLong(Sample::usedBytes).max().orElse(0);
        state.add(List.of("max", Report.fixed(maxUsed / 1e6, 1) + " MB",
                Report.bytes(samples.stream().mapToLong(Sample::httpSessions).max().orElse(0)),
                Report.bytes(samples.stream().mapToLong(Sample::vaadinSessions).max().orElse(0)),
                Report.bytes(samples.stream().mapToLong(Sample::uis).max().orElse(0))));
        Report.table("### Server state during the flood (" + mode + "; -Xmx512m; jcmd class histogram, full GC first)",
                List.of("at", "used heap after full GC", "HTTP sessions", "Vaadin sessions", "UIs"), state);
    }

    private static List<String> probeRow(String label, List<Probe> probes) {
        double[] ms = probes.stream().mapToDouble(p -> p.nanos() / 1e6).toArray();
        long errors = probes.stream().filter(Probe::failed).count();
        return List.of(label, Report.bytes(probes.size()), Report.bytes(errors), Report.millis(Report.percentile(ms, 50)),
                Report.millis(Report.percentile(ms, 99)), Report.millis(Arrays.stream(ms).max().orElse(0)));
    }
}
