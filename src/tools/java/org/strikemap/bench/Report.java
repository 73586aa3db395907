package org.strikemap.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's output: markdown tables on stdout, progress lines on stderr (seconds since system property
 * {@code bench.t0}, epoch milliseconds, so they line up with src/bin/bench's own), medians.
 */
final class Report {

    private static final long STARTED = Long.getLong("bench.t0", System.currentTimeMillis());

    private Report() {
    }

    static void progress(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[bench %d s] %s%n", (System.currentTimeMillis() - STARTED) / 1000,
                String.format(Locale.ROOT, format, args));
    }

    /** Prints a heading line, then the table; every row must have as many cells as there are headers. */
    static void table(String title, List<String> headers, List<List<String>> rows) {
        System.out.println();
        System.out.println(title);
        System.out.println();
        System.out.println("| " + String.join(" | ", headers) + " |");
        System.out.println("|" + "---|".repeat(headers.size()));
        for (List<String> row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        System.out.flush();
    }

    static String bytes(double value) {
        return String.format(Locale.ROOT, "%,.0f", value);
    }

    static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }

    /** Nearest-rank percentile {@code p} (0–100); 0 for no values. */
    static double percentile(double[] values, double p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    /** Milliseconds with a decimal below 10. */
    static String millis(double value) {
        return fixed(value, value < 10 ? 1 : 0) + " ms";
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
