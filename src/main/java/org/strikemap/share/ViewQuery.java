package org.strikemap.share;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The query parameters that name a view ({@code date}, {@code strike}, {@code from}, {@code to}, {@code region}, {@code lang}, and the pinned {@code version}) and survive from
 * one link to the next; every other parameter is dropped. Values are kept as given (the page that reads them
 * validates them) and written URL-encoded, always in that order.
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

    /** The view parameters of a request, {@code parameter} giving a parameter's (first) value or null. */
    public static ViewQuery of(UnaryOperator<String> parameter) {
        Map<String, String> values = new HashMap<>();
        for (String name : NAMES) {
            values.put(name, parameter.apply(name));
        }
        return new ViewQuery(values);
    }

    /** The view parameters of a raw (encoded) query string, e.g. {@code URI.getRawQuery()}; null reads as empty. */
    public static ViewQuery parse(String rawQuery) {
        Map<String, String> values = new HashMap<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                values.putIfAbsent(name, value);
            }
        }
        return new ViewQuery(values);
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

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // A malformed %-escape: keep the text as it came rather than fail the whole link.
            return text;
        }
    }
}
