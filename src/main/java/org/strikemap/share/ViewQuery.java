package org.strikemap.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The query parameters that name a view ({@code date}, {@code strike}, {@code from}, {@code to}, {@code region},
 * {@code lang}, and the pinned {@code version}) and survive from one link to the next; every other parameter is
 * dropped. Built from an address by {@link ViewAddress#check} (or written by {@link ViewAddress#query}), which let only
 * valid values in, so a link never carries a value that failed validation; written URL-encoded, always in that order.
 */
public record ViewQuery(Map<String, String> parameters) {

    /** The view parameters, in the order links write them. */
    public static final List<String> NAMES = List.of("date", "strike", "from", "to", "region", "lang", "version");
    /** The longest value a link keeps. */
    public static final int MAX_VALUE = 100;

    public ViewQuery {
        Map<String, String> kept = new LinkedHashMap<>();
        for (String name : NAMES) {
            String value = parameters.get(name);
            // No day, id or code is this long: links and head tags must not carry a stranger's text.
            if (value != null && !value.isBlank() && value.length() <= MAX_VALUE) {
                kept.put(name, value);
            }
        }
        parameters = Collections.unmodifiableMap(kept);
    }

    /** Only the named parameters of this query. */
    public ViewQuery only(Set<String> names) {
        Map<String, String> kept = new HashMap<>(parameters);
        kept.keySet().retainAll(names);
        return new ViewQuery(kept);
    }

    /** The encoded query, e.g. {@code date=2024-01-02&strike=x}; empty when no view parameter is set. */
    public String encoded() {
        return parameters.entrySet().stream()
                // %20, not +, for a space: every reader decodes %20, not every one decodes + as a space.
                .map(entry -> entry.getKey() + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining("&"));
    }

    /** {@code "?" + encoded()}, or nothing when the query is empty: ready to append to a path. */
    public String suffix() {
        return parameters.isEmpty() ? "" : "?" + encoded();
    }
}
