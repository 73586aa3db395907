package org.strikemap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.strikemap.testing.TestDatabase;

/**
 * A crowd behind one address with the app's own limits (issue 16): 160 readers load the embed and everything its
 * page names (about 2,200 requests, more than the 2,000 one address could make at once before) and none is refused,
 * as immutable files cost no token; from the same address, a script asking for a new picture each time is held back
 * after its picture budget (60).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrowdBehindOneAddressTest {

    private static final Pattern NAMED = Pattern.compile("(?:src|href)=\"((?:embed-assets|layers)/[^\"]+)\"");
    private static final int READERS = 160;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void data(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }

    @Test
    void aCrowdLoadingTheEmbedIsNeverRefusedWhileNewPicturesAreHeldBack() throws Exception {
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        try (HttpClient http = HttpClient.newHttpClient(); ExecutorService readers = Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < READERS; i++) {
                readers.submit(() -> {
                    HttpResponse<String> page = get(http, "/embed?lang=en");
                    statuses.computeIfAbsent(page.statusCode(), key -> new AtomicInteger()).incrementAndGet();
                    for (String asset : NAMED.matcher(page.body()).results().map(match -> match.group(1)).distinct().toList()) {
                        int status = get(http, "/" + asset).statusCode();
                        statuses.computeIfAbsent(status, key -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                });
            }
        }
        int requests = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        assertThat(requests).isGreaterThan(2_000);
        assertThat(new TreeMap<>(statuses).keySet()).as("statuses of %d requests", requests).containsOnly(200);

        try (HttpClient http = HttpClient.newHttpClient()) {
            // A new picture each time (refused at once as a bad width, so the test draws none): one token each.
            List<Integer> pictures = new java.util.ArrayList<>();
            for (int i = 0; i < 70; i++) {
                pictures.add(get(http, "/embed.png?width=w" + i).statusCode());
            }
            assertThat(pictures.subList(0, 55)).containsOnly(400);
            assertThat(pictures.subList(62, 70)).containsOnly(429);
            // The crowd's embed is not held back by the picture budget.
            assertThat(get(http, "/embed?lang=en").statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(HttpClient http, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
