package org.strikemap.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

/**
 * Issue 16's crowd behind one address: {@code loads} readers, evenly spread over {@code seconds}, each load the embed
 * and everything its HTML names ({@link PageAssets}: script, style sheet, layers) with browsers' encodings, all from
 * one loopback address (127.0.2.50), as a newsroom, a university or a carrier's NAT would send them; at the same
 * time, from the same address, a script asks for {@code /embed.png} with a width never asked before, one after the
 * other, so each is a new picture to draw. Reported: requests, refusals (429, 503) and other failures, latency per
 * request and per load; the script's pictures drawn and refused. Usage: Crowd url label seconds loads.
 */
final class Crowd {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String ADDRESS = "127.0.2.50";

    private Crowd() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String label = args[1];
        int seconds = Integer.parseInt(args[2]);
        int loads = Integer.parseInt(args[3]);
        Map<String, LongAdder> statuses = new ConcurrentHashMap<>();
        Map<String, LongAdder> pictures = new ConcurrentHashMap<>();
        List<Double> requestMillis = Collections.synchronizedList(new ArrayList<>());
        List<Double> loadMillis = Collections.synchronizedList(new ArrayList<>());
        long start = System.currentTimeMillis();
        long end = start + seconds * 1000L;
        Report.progress("crowd %s: %d embed loads over %d s and new pictures, all from %s", label, loads, seconds, ADDRESS);
        try (HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .localAddress(InetAddress.getByName(ADDRESS)).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
             ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
            readers.submit(() -> {
                for (int width = 201; System.currentTimeMillis() < end; width++) {
                    count(pictures, get(client, url + "/embed.png?width=" + width, "image/png", "gzip", null).status());
                }
                return null;
            });
            for (int i = 0; i < loads; i++) {
                Thread.sleep(Math.max(0, start + (long) i * seconds * 1000 / loads - System.currentTimeMillis()));
                readers.submit(() -> {
                    long t0 = System.nanoTime();
                    byte[][] html = new byte[1][];
                    Answer page = get(client, url + "/embed?lang=en", "text/html", "gzip", html);
                    count(statuses, page.status());
                    requestMillis.add(page.millis());
                    if (html[0] != null) {
                        URI base = URI.create(url + "/embed");
                        for (URI asset : PageAssets.of(base, new String(html[0], java.nio.charset.StandardCharsets.UTF_8)).assets()) {
                            Answer answer = get(client, asset.toString(), "*/*", "gzip, deflate, br, zstd", null);
                            count(statuses, answer.status());
                            requestMillis.add(answer.millis());
                        }
                    }
                    loadMillis.add((System.nanoTime() - t0) / 1e6);
                    return null;
                });
            }
        }
        long wall = System.currentTimeMillis() - start;
        report(label, seconds, loads, wall, statuses, pictures, requestMillis, loadMillis);
    }

    record Answer(int status, double millis) {
    }

    private static Answer get(HttpClient client, String target, String accept, String encodings, byte[][] body) {
        long t0 = System.nanoTime();
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(target)).timeout(TIMEOUT)
                    .header("Accept", accept).header("Accept-Encoding", encodings).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (body != null && response.statusCode() == 200) {
                boolean gzip = response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip");
                body[0] = gzip ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body()))
                        .readAllBytes() : response.body();
            }
            return new Answer(response.statusCode(), (System.nanoTime() - t0) / 1e6);
        } catch (IOException e) {
            return new Answer(0, (System.nanoTime() - t0) / 1e6);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(0, (System.nanoTime() - t0) / 1e6);
        }
    }

    private static void count(Map<String, LongAdder> counts, int status) {
        counts.computeIfAbsent(status == 0 ? "failed" : String.valueOf(status), key -> new LongAdder()).increment();
    }

    private static long of(Map<String, LongAdder> counts, String key) {
        return counts.getOrDefault(key, new LongAdder()).sum();
    }

    private static void report(String label, int seconds, int loads, long wallMillis, Map<String, LongAdder> statuses,
                               Map<String, LongAdder> pictures, List<Double> requestMillis, List<Double> loadMillis) {
        long requests = statuses.values().stream().mapToLong(LongAdder::sum).sum();
        long refused = of(statuses, "429") + of(statuses, "503");
        long other = requests - of(statuses, "200") - of(statuses, "304") - refused;
        double[] perRequest = requestMillis.stream().mapToDouble(Double::doubleValue).toArray();
        double[] perLoad = loadMillis.stream().mapToDouble(Double::doubleValue).toArray();
        Report.table("### One-address crowd (" + label + "): " + loads + " embed loads with their assets over " + seconds
                        + " s from " + ADDRESS + " (all done in " + Report.fixed(wallMillis / 1000.0, 0) + " s)",
                List.of("requests", "refused (429 / 503)", "other failures", "p50 per request", "p99 per request",
                        "p50 per load", "p99 per load", "statuses"),
                List.of(List.of(Report.bytes(requests), Report.bytes(refused) + " (" + of(statuses, "429") + " / "
                                + of(statuses, "503") + ")", Report.bytes(other), Report.millis(Report.percentile(perRequest, 50)),
                        Report.millis(Report.percentile(perRequest, 99)), Report.millis(Report.percentile(perLoad, 50)),
                        Report.millis(Report.percentile(perLoad, 99)), new TreeMap<>(statuses).toString())));
        long asked = pictures.values().stream().mapToLong(LongAdder::sum).sum();
        Report.table("### The same address asking for a new picture each time (" + label + ")",
                List.of("pictures asked", "drawn (200)", "refused (429)", "other", "drawn per minute"),
                List.of(List.of(Report.bytes(asked), Report.bytes(of(pictures, "200")), Report.bytes(of(pictures, "429")),
                        Report.bytes(asked - of(pictures, "200") - of(pictures, "429")),
                        Report.fixed(of(pictures, "200") * 60.0 / seconds, 0))));
    }
}
