package org.strikemap.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fetching live data, guarded: a server started here on loopback serves answers, redirects, oversized and endless
 * bodies; loopback itself is refused unless allowed, and only http(s) is fetched.
 */
class SafeFetchTest {

    final LocalServer server = new LocalServer();
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    static SafeFetch allowing(boolean allowPrivate, long maxBytes, Duration timeout) {
        return new SafeFetch(new FetchProperties(allowPrivate, maxBytes, timeout, 3, Duration.ofMinutes(1)));
    }

    @Test
    void anAnswerIsFetchedIntoAFile() throws Exception {
        server.serve("/events.csv", "text/csv", () -> "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        SafeFetch.Fetched fetched = allowing(true, 1 << 20, Duration.ofSeconds(30)).fetch(server.url("/events.csv"));
        assertThat(Files.readString(fetched.file())).isEqualTo("a,b\n1,2\n");
        assertThat(fetched.mediaType()).isEqualTo("text/csv");
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        server.serve("/events.csv", "text/csv", () -> "a\n".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> allowing(false, 1 << 20, Duration.ofSeconds(30)).fetch(server.url("/events.csv")))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("is on a loopback or private network (127.0.0.1)");
    }

    @ParameterizedTest
    @CsvSource({"127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "100.64.0.1", "0.0.0.0",
            "224.0.0.1", "::1", "fd00::1", "fe80::1", "::ffff:10.0.0.1"})
    void privateAddressesArePrivate(String address) throws Exception {
        assertThat(SafeFetch.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"8.8.8.8", "93.184.216.34", "100.128.0.1", "2001:4860:4860::8888"})
    void publicAddressesAreNot(String address) throws Exception {
        assertThat(SafeFetch.isPrivate(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"ftp://example.org/x.csv", "file:///etc/passwd", "jar:file:/x!/y", "gopher://example.org/",
            "http:///nohost", "http://user:secret@example.org/x.csv"})
    void onlyHttpAddressesWithAHostAreFetched(String address) {
        assertThatThrownBy(() -> SafeFetch.parse(address)).isInstanceOf(FetchRefused.class);
    }

    @Test
    void redirectsAreFollowedAFewTimesEachHopChecked() throws Exception {
        server.serve("/final.csv", "text/csv", () -> "ok\n".getBytes(StandardCharsets.UTF_8));
        server.at("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "/final.csv");
            LocalServer.answer(exchange, 302, "text/plain", new byte[0]);
        });
        server.at("/loop", exchange -> {
            exchange.getResponseHeaders().set("Location", "/loop");
            LocalServer.answer(exchange, 301, "text/plain", new byte[0]);
        });
        server.at("/to-ftp", exchange -> {
            exchange.getResponseHeaders().set("Location", "ftp://example.org/x.csv");
            LocalServer.answer(exchange, 302, "text/plain", new byte[0]);
        });
        SafeFetch fetch = allowing(true, 1 << 20, Duration.ofSeconds(30));
        assertThat(Files.readString(fetch.fetch(server.url("/moved")).file())).isEqualTo("ok\n");
        assertThatThrownBy(() -> fetch.fetch(server.url("/loop"))).isInstanceOf(FetchRefused.class)
                .hasMessageEndingWith("redirects more than 3 times");
        assertThatThrownBy(() -> fetch.fetch(server.url("/to-ftp"))).isInstanceOf(FetchRefused.class)
                .hasMessageContaining("only http and https addresses are fetched");
    }

    @Test
    void anAnswerOverTheCapIsCutOff() {
        server.serve("/big.csv", "text/csv", () -> new byte[3 * 1024 * 1024]);
        assertThatThrownBy(() -> allowing(true, 1024 * 1024, Duration.ofSeconds(30)).fetch(server.url("/big.csv")))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("is larger than 1 MB, the cap");
    }

    @Test
    void anAnswerThatNeverEndsIsGivenUpAtTheTimeout() {
        server.at("/slow.csv", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            exchange.getResponseBody().write("a,b\n".getBytes(StandardCharsets.UTF_8));
            exchange.getResponseBody().flush();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        assertThatThrownBy(() -> allowing(true, 1 << 20, Duration.ofSeconds(1)).fetch(server.url("/slow.csv")))
                .isInstanceOf(FetchRefused.class).hasMessageContaining("took longer than 1 s");
    }

    @Test
    void anAnswerOtherThan200IsRefused() {
        server.at("/gone.csv", exchange -> LocalServer.answer(exchange, 404, "text/plain", "gone".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> allowing(true, 1 << 20, Duration.ofSeconds(30)).fetch(server.url("/gone.csv")))
                .isInstanceOf(FetchRefused.class).hasMessageEndingWith("answered 404, not 200");
    }
}
