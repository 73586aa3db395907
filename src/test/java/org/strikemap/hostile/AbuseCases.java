package org.strikemap.hostile;

import static org.strikemap.hostile.HostileCase.Form.ANY;
import static org.strikemap.hostile.HostileCase.Form.ERROR;
import static org.strikemap.hostile.HostileCase.Form.JSON;
import static org.strikemap.hostile.HostileCase.Form.PAGE;
import static org.strikemap.hostile.HostileCase.Form.TEXT;
import static org.strikemap.hostile.HostileCases.encode;

import java.util.List;
import java.util.Map;
import org.strikemap.testing.TestDatabase;

/**
 * The cases issue 16's audit found, by group (docs/HARDENING.md lists them): the picture as strict as the pages,
 * CONNECT, request text echoed into error bodies, refused values carried into links, answers for a host that is not
 * this server's, and view starts that fail. Each was a request that answered wrongly before the fix. The last group
 * asks the same of a map's own addresses ({@code /maps/{slug}}, its embed and picture, {@code /api/maps/{slug}/…}),
 * which came after the audit and are held alike.
 */
final class AbuseCases {

    private static final String FOREIGN = "evil.example";

    private AbuseCases() {
    }

    static void addTo(List<HostileCase> cases) {
        strictPicture(cases);
        connect(cases);
        echoes(cases);
        links(cases);
        hosts(cases);
        viewStarts(cases);
        mapAddresses(cases);
    }

    /** /embed.png refuses what the pages refuse: an unknown language, stray spaces, digits of other scripts, NUL. */
    private static void strictPicture(List<HostileCase> cases) {
        String group = "strict picture parameters";
        for (String query : List.of("lang=xx", "lang=uk%00", "lang=%20uk", "lang=uk%20", "lang=ukr", "lang=e%CC%81n",
                "date=%202024-01-02", "date=2024-01-02%20", "date=2024-01-02%09", "strike=kyiv-1%20", "strike=%20kyiv-1",
                "width=%EF%BC%93%EF%BC%90%EF%BC%90", "width=%D9%A3%D9%A0%D9%A0", "width=%20300", "width=300%20",
                "from=%202024-01-01", "to=2024-01-31%20", "from=2024-01-01&to=2024-01-31&lang=%00")) {
            cases.add(HostileCase.get(group, "/embed.png?" + query, 400, TEXT));
        }
        for (String query : List.of("lang=uk&width=200", "lang=en&width=200", "lang=UK&width=200")) {
            cases.add(HostileCase.get(group, "/embed.png?" + query, 200, ANY));
        }
    }

    /** CONNECT is a method the paths do not answer: 405 with Allow, as the documents promise. */
    private static void connect(List<HostileCase> cases) {
        for (String path : List.of("/", "/api/strikes", "/embed", "/embed.png", "/oembed")) {
            cases.add(new HostileCase("CONNECT", "CONNECT", path, Map.of(), 405, ERROR));
        }
    }

    /** Error bodies quote request values with <, > and quotes encoded (checked for every case by the test). */
    private static void echoes(List<HostileCase> cases) {
        String group = "echoes in error bodies";
        for (String value : List.of("\"><script>alert(1)</script>", "'><b>x</b>", "a\"b'c<d>e", "<'\">")) {
            String encoded = encode(value);
            cases.add(HostileCase.get(group, "/embed.png?date=" + encoded, 400, TEXT));
            cases.add(HostileCase.get(group, "/embed.png?strike=" + encoded, 400, TEXT));
            cases.add(HostileCase.get(group, "/embed.png?width=" + encoded, 400, TEXT));
            cases.add(HostileCase.get(group, "/api/strikes?from=" + encoded, 400, JSON));
            cases.add(HostileCase.get(group, "/api/regions?to=" + encoded, 400, JSON));
            cases.add(HostileCase.get(group, "/oembed?url=" + encoded, 4, JSON));
            cases.add(HostileCase.get(group, "/oembed?url=http://localhost:{p}/&maxheight=" + encoded, 400, JSON));
        }
        cases.add(HostileCase.get(group, "/api/strikes/%3Cscript%3E%22'", 404, JSON));
        cases.add(HostileCase.get(group, "/api/strikes", 400, JSON).with("Accept", "<script>\"'"));
        cases.add(HostileCase.get(group, "/embed.png", 400, TEXT).with("Accept", "\"><x"));
    }

    /** A value that fails validation is dropped from every link the answer writes (og:url, og:image, oEmbed). */
    private static void links(List<HostileCase> cases) {
        String group = "refused values left out of links";
        for (String page : List.of("/embed", "/")) {
            cases.add(HostileCase.get(group, page + "?strike=" + encode("<script>alert(1)</script>"), 200, ANY)
                    .without("strike=%3C").without("strike=<"));
            cases.add(HostileCase.get(group, page + "?strike=no-such-strike", 200, ANY).without("strike=no-such"));
            cases.add(HostileCase.get(group, page + "?date=2024-13-45", 200, ANY).without("date=2024-13-45"));
            cases.add(HostileCase.get(group, page + "?date=" + encode(" 2024-01-02"), 200, ANY).without("date=%202024"));
            cases.add(HostileCase.get(group, page + "?date=1999-01-01", 200, ANY).without("date=1999"));
            cases.add(HostileCase.get(group, page + "?region=XX-99", 200, ANY).without("region=XX-99"));
            cases.add(HostileCase.get(group, page + "?lang=xx", 200, ANY).without("lang=xx"));
            cases.add(HostileCase.get(group, page + "?from=soon&to=2024-01-09", 200, ANY).without("from=soon"));
        }
        for (String link : List.of("/embed?strike=no-such-strike", "/?strike=" + encode("\"><b>"), "/embed?date=x-y-z",
                "/?region=" + encode("<i>"), "/embed?lang=zz")) {
            cases.add(HostileCase.get(group, "/oembed?url=" + withPort(encode("http://localhost:{p}" + link)), 200, ANY)
                    .without("strike=no-such").without("%3Cb").without("date=x-y-z").without("%3Ci").without("lang=zz"));
        }
    }

    /** Only this server's names are written into links: another Host is refused where links are written. */
    private static void hosts(List<HostileCase> cases) {
        String group = "foreign Host";
        for (String host : List.of(FOREIGN, FOREIGN + ":8080", "localhost.evil.example", "127.0.0.1.evil.example")) {
            cases.add(HostileCase.get(group, "/embed", 400, PAGE).with("Host", host));
            cases.add(HostileCase.get(group, "/", 400, PAGE).with("Host", host));
            cases.add(HostileCase.get(group, "/?v-r=init&location=&query=", 400, PAGE).with("Host", host));
            cases.add(HostileCase.get(group, "/oembed?url=" + encode("http://" + host + "/embed"), 400, JSON)
                    .with("Host", host));
        }
        // The data and the immutable files carry no links: any name may ask for them.
        cases.add(HostileCase.get(group, "/api/dataset", 200, ANY).with("Host", FOREIGN));
        cases.add(HostileCase.get(group, "/layers/{v}/strikes.geojson", 200, ANY).with("Host", FOREIGN));
        // Forwarded headers count only from a trusted proxy in proxy mode, which this server is not in.
        cases.add(HostileCase.get(group, "/embed", 200, ANY).with("X-Forwarded-Proto", "https").without("https://"));
        cases.add(HostileCase.get(group, "/embed", 200, ANY).with("X-Forwarded-Host", FOREIGN).without(FOREIGN));
        cases.add(HostileCase.get(group, "/", 200, ANY).with("X-Forwarded-Host", FOREIGN).with("X-Forwarded-Proto", "https")
                .without(FOREIGN).without("https://"));
        cases.add(HostileCase.get(group, "/oembed?url=" + withPort(encode("https://localhost:{p}/embed")), 404, JSON)
                .with("X-Forwarded-Proto", "https"));
        cases.add(HostileCase.get(group, "/oembed?url=" + encode("http://" + FOREIGN + "/embed"), 404, JSON));
    }

    /** An encoded target whose {@code {p}} the test fills in with the port. */
    private static String withPort(String encoded) {
        return encoded.replace("%7Bp%7D", "{p}");
    }

    /** A view start that fails leaves no session behind (the test checks for no Set-Cookie on every case). */
    private static void viewStarts(List<HostileCase> cases) {
        String group = "failed view starts";
        cases.add(HostileCase.get(group, "/?v-r=init", 400, PAGE));
        cases.add(HostileCase.get(group, "/?v-r=init&query=", 400, PAGE));
        cases.add(HostileCase.get(group, "/?v-r=init&location=nope&query=", 404, PAGE));
        cases.add(HostileCase.get(group, "/?v-r=init&location=embed&query=", 404, PAGE));
        cases.add(HostileCase.get(group, "/?v-r=init&location=" + encode("../../etc") + "&query=", 4, PAGE));
        // Vaadin's own answer to an exchange with no session ("cookies disabled"), which must not start one.
        cases.add(HostileCase.get(group, "/?v-r=uidl&v-uiId=0", 2, ANY));
        cases.add(HostileCase.get(group, "/?v-r=heartbeat&v-uiId=0", 4, ERROR));
    }

    /** A map's own addresses are read, checked and refused as the default map's are. */
    private static void mapAddresses(List<HostileCase> cases) {
        String group = "a map's own addresses";
        String map = "/maps/" + TestDatabase.SEED_SLUG;
        for (String query : List.of("lang=xx", "lang=uk%00", "date=%202024-01-02", "strike=kyiv-1%20",
                "width=%EF%BC%93%EF%BC%90%EF%BC%90", "date=" + encode("\"><script>"))) {
            cases.add(HostileCase.get(group, map + "/embed.png?" + query, 400, TEXT));
        }
        cases.add(HostileCase.get(group, "/maps/no-such-map/embed.png", 404, TEXT));
        for (String page : List.of(map, map + "/embed")) {
            cases.add(HostileCase.get(group, page + "?strike=" + encode("<script>"), 200, ANY)
                    .without("strike=%3C").without("strike=<"));
            cases.add(HostileCase.get(group, page + "?lang=xx", 200, ANY).without("lang=xx"));
            cases.add(HostileCase.get(group, page, 400, PAGE).with("Host", FOREIGN));
            cases.add(new HostileCase("CONNECT", "CONNECT", page, Map.of(), 405, ERROR));
        }
        cases.add(HostileCase.get(group, "/?v-r=init&location=" + encode(map.substring(1)) + "&query=", 400, PAGE)
                .with("Host", FOREIGN));
        cases.add(HostileCase.get(group, "/?v-r=init&location=" + encode("maps/no-such-map") + "&query=", 404, PAGE));
        cases.add(HostileCase.get(group, "/oembed?url=" + encode("http://" + FOREIGN + map + "/embed"), 400, JSON)
                .with("Host", FOREIGN));
        // The host in capitals (it matches any case): the snippet names the map's embed on this server, so the link's
        // first 41 characters in the server's own spelling are no echo.
        cases.add(HostileCase.get(group, "/oembed?url=" + withPort(encode("http://LOCALHOST:{p}" + map
                + "/embed?strike=no-such-strike&lang=xx")), 200, ANY).without("strike=no-such").without("lang=xx"));
        cases.add(HostileCase.get(group, "/api" + map + "/strikes", 200, ANY).with("Host", FOREIGN));
        cases.add(HostileCase.get(group, "/api" + map + "/strikes?from=" + encode("<'\">"), 400, JSON));
    }
}
