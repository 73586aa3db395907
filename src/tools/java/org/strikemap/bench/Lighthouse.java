package org.strikemap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lighthouse mobile on {@code /embed}: npm's lighthouse CLI (installed by src/bin/bench, path in system property
 * {@code bench.lighthouse}) drives Debian's Chromium headless with its default mobile form factor and simulated
 * throttling; one discarded warm-up run per build (server JIT), then {@code runs} runs alternating builds, medians.
 * Reports are kept in target/bench-lighthouse/. Limits: simulated throttling scales the CPU time observed on this
 * machine, so load from other work moves performance, TBT and LCP (Lighthouse's own "benchmarkIndex" says how fast
 * the machine was); loopback, so the network part is the simulation's alone.
 */
final class Lighthouse {

    private static final String PATH = "/embed";
    private static final Path REPORTS = Path.of("target", "bench-lighthouse");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The figures of one run; times in milliseconds. */
    record Result(double performance, double accessibility, double lcp, double tbt, double cls, double bytes,
                  double benchmarkIndex, String settings, List<String> failedAccessibility) {
    }

    private Lighthouse() {
    }

    static void run(List<App> apps, Path lighthouse, int runs) throws Exception {
        Files.createDirectories(REPORTS);
        for (App app : apps) {
            Report.progress("lighthouse: warm-up run, %s", app.label());
            once(lighthouse, app, "warm-up");
        }
        Map<String, List<Result>> results = new TreeMap<>();
        for (int run = 1; run <= runs; run++) {
            for (App app : run % 2 == 1 ? apps : apps.reversed()) {
                Report.progress("lighthouse: run %d of %d, %s", run, runs, app.label());
                Result result = once(lighthouse, app, String.valueOf(run));
                results.computeIfAbsent(app.label(), key -> new ArrayList<>()).add(result);
                Report.progress("lighthouse: %s performance %.2f, accessibility %.2f, LCP %.0f ms, TBT %.0f ms; "
                                + "accessibility audits failed: %s", app.label(), result.performance(),
                        result.accessibility(), result.lcp(), result.tbt(), result.failedAccessibility());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (App app : apps) {
            List<Result> own = results.get(app.label());
            rows.add(List.of(app.label(), Report.fixed(median(own, Result::performance), 2)
                            + " (" + String.join(", ", own.stream().map(r -> Report.fixed(r.performance(), 2)).toList())
                            + ")", Report.fixed(median(own, Result::accessibility), 2),
                    Report.fixed(median(own, Result::lcp) / 1000, 1) + " s",
                    Report.fixed(median(own, Result::tbt), 0) + " ms", Report.fixed(median(own, Result::cls), 3),
                    Report.bytes(median(own, Result::bytes)), Report.fixed(median(own, Result::benchmarkIndex), 0)));
        }
        String settings = results.values().iterator().next().getFirst().settings();
        Report.table("### Lighthouse mobile on `" + PATH + "` (" + settings + "; medians of " + runs + ")",
                List.of("build", "performance (runs)", "accessibility", "LCP", "TBT", "CLS", "total bytes",
                        "machine's benchmarkIndex"), rows);
    }

    private static Result once(Path lighthouse, App app, String run) throws IOException, InterruptedException {
        Path json = REPORTS.resolve(app.label() + "-" + run + ".json").toAbsolutePath();
        Path log = REPORTS.resolve(app.label() + "-" + run + ".log").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder(lighthouse.toString(), app.page(PATH), "--quiet",
                "--output=json", "--output-path=" + json, "--only-categories=performance,accessibility",
                "--chrome-flags=--headless=new --no-sandbox")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("CHROME_PATH", "/usr/bin/chromium");
        Files.deleteIfExists(json);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("lighthouse ran over 5 minutes; see " + log);
        }
        if (process.exitValue() != 0 || !Files.exists(json)) {
            throw new IllegalStateException("lighthouse exited with " + process.exitValue() + "; see " + log);
        }
        return parse(JSON.readTree(json.toFile()), json);
    }

    static Result parse(JsonNode report, Path file) {
        if (report.hasNonNull("runtimeError")) {
            throw new IllegalStateException("lighthouse: " + report.get("runtimeError") + " in " + file);
        }
        JsonNode categories = report.path("categories");
        JsonNode audits = report.path("audits");
        List<String> failed = new ArrayList<>();
        for (JsonNode ref : categories.path("accessibility").path("auditRefs")) {
            JsonNode audit = audits.path(ref.path("id").asString());
            if (ref.path("weight").asDouble() > 0 && audit.path("score").isNumber()
                    && audit.path("score").asDouble() < 1) {
                failed.add(ref.path("id").asString());
            }
        }
        JsonNode settings = report.path("configSettings");
        JsonNode throttling = settings.path("throttling");
        String described = String.format(Locale.ROOT,
                "Lighthouse %s, %s, %s throttling: %.0f ms RTT, %.1f Mbit/s down, %.0f× CPU slowdown",
                report.path("lighthouseVersion").asString(), settings.path("formFactor").asString(),
                settings.path("throttlingMethod").asString(), throttling.path("rttMs").asDouble(),
                throttling.path("throughputKbps").asDouble() / 1000,
                throttling.path("cpuSlowdownMultiplier").asDouble());
        return new Result(score(categories, "performance"), score(categories, "accessibility"),
                numeric(audits, "largest-contentful-paint"), numeric(audits, "total-blocking-time"),
                numeric(audits, "cumulative-layout-shift"), numeric(audits, "total-byte-weight"),
                report.path("environment").path("benchmarkIndex").asDouble(), described, failed);
    }

    private static double score(JsonNode categories, String id) {
        JsonNode score = categories.path(id).path("score");
        if (!score.isNumber()) {
            throw new IllegalStateException("lighthouse gave no " + id + " score");
        }
        return score.asDouble();
    }

    private static double numeric(JsonNode audits, String id) {
        JsonNode value = audits.path(id).path("numericValue");
        if (!value.isNumber()) {
            throw new IllegalStateException("lighthouse gave no value for " + id + ": "
                    + audits.path(id).path("errorMessage").asString());
        }
        return value.asDouble();
    }

    private static double median(List<Result> results, ToDoubleFunction<Result> figure) {
        return Report.median(results.stream().mapToDouble(figure).toArray());
    }
}
