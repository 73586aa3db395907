package org.strikemap.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * One running StrikeMap build under measurement (label, base URL, process id, log file), parsed from
 * {@code label=url,pid,log}. Limits: assumes only what every build offers: {@code /} and {@code /embed} draw
 * {@code .lm-mark} elements inside {@code leaflet-map}.
 */
record App(String label, String url, String pid, Path log) {

    /** The two pages measured for every build. */
    static final List<String> PAGES = List.of("/", "/embed");

    static App parse(String spec) {
        int eq = spec.indexOf('=');
        String[] parts = spec.substring(eq + 1).split(",", 3);
        if (eq < 1 || parts.length != 3) {
            throw new IllegalArgumentException("expected label=url,pid,log but got " + spec);
        }
        return new App(spec.substring(0, eq), parts[0], parts[1], Path.of(parts[2]));
    }

    String page(String path) {
        return url + path;
    }
}
