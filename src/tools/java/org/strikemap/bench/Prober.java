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

/**
 * Asks a server for some paths in turn, one at a time at a steady pace, from a loopback address of its own (so no
 * rate-limit bucket is shared with the load it watches), and times each answer from send to last byte. The first
 * rounds ({@link #warm}) are not counted: the prober's own first connection and classes are not the server's
 * latency. Limits: one request in flight, so a slow answer delays the next probe.
 */
final class Prober {

    record Probe(String path, long atMillis, long nanos, int status, String error) {
        boolean failed() {
            return error != null || status != 200;
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final String url;
    private final List<String> paths;
    private final long periodMillis;
    private final List<Probe> probes = Collections.synchronizedList(new ArrayList<>());

    Prober(String url, String localAddress, List<String> paths, long periodMillis) throws IOException {
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .localAddress(InetAddress.getByName(localAddress)).build();
        this.url = url;
        this.paths = List.copyOf(paths);
        this.periodMillis = periodMillis;
    }

    /** {@code rounds} of every path, not counted. */
    Prober warm(int rounds) {
        for (int i = 0; i < rounds * paths.size(); i++) {
            probe(paths.get(i % paths.size()), System.currentTimeMillis());
        }
        return this;
    }

    /** Probes until {@code endMillis}; times are reported from {@code startMillis}. */
    void run(long startMillis, long endMillis) throws InterruptedException {
        for (int i = 0; System.currentTimeMillis() < endMillis; i++) {
            probes.add(probe(paths.get(i % paths.size()), startMillis));
            Thread.sleep(periodMillis);
        }
    }

    List<Probe> probes() {
        return List.copyOf(probes);
    }

    private Probe probe(String path, long startMillis) {
        long t0 = System.nanoTime();
        long at = System.currentTimeMillis() - startMillis;
        try {
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(url + path)).timeout(TIMEOUT)
                    .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.discarding());
            return new Probe(path, at, System.nanoTime() - t0, response.statusCode(), null);
        } catch (IOException e) {
            return new Probe(path, at, System.nanoTime() - t0, 0, e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(path, at, System.nanoTime() - t0, 0, "interrupted");
        }
    }

    /** A table row: label, probes, errors, p50, p99, max. */
    static List<String> row(String label, List<Probe> probes) {
        double[] ms = probes.stream().mapToDouble(p -> p.nanos() / 1e6).toArray();
        long errors = probes.stream().filter(Probe::failed).count();
        return List.of(label, Report.bytes(probes.size()), Report.bytes(errors), Report.millis(Report.percentile(ms, 50)),
                Report.millis(Report.percentile(ms, 99)), Report.millis(Arrays.stream(ms).max().orElse(0)));
    }
}
