package org.strikemap.share;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The one public address: the configured one, else an allowed host as the container read it, else none. */
class ServerUrlTest {

    @Test
    void aPublicUrlIsTheBaseWhateverTheRequestSays() {
        ServerUrl server = new ServerUrl("https://Maps.Example.org/sub", List.of());
        RequestOrigin forged = new RequestOrigin("http", "evil.example", 8080, "");
        assertThat(server.allows(forged)).isTrue();
        assertThat(server.base(forged)).isEqualTo("https://Maps.Example.org/sub/");
        assertThat(new ServerUrl("http://maps.test:8300", List.of()).publicUrl()).contains("http://maps.test:8300/");
    }

    @Test
    void withoutOneOnlyAnAllowedHostIsNamedWithItsSchemeAndPort() {
        ServerUrl server = new ServerUrl("", List.of("maps.test", "[2001:db8::1]"));
        assertThat(server.base(new RequestOrigin("https", "MAPS.test", 443, "/app"))).isEqualTo("https://MAPS.test/app/");
        assertThat(server.base(new RequestOrigin("http", "maps.test", 8300, ""))).isEqualTo("http://maps.test:8300/");
        assertThat(server.base(new RequestOrigin("http", "2001:db8::1", 80, ""))).isEqualTo("http://[2001:db8::1]/");
        for (String host : List.of("evil.example", "maps.test.evil.example", "localhost", "")) {
            RequestOrigin origin = new RequestOrigin("http", host, 80, "");
            assertThat(server.allows(origin)).as(host).isFalse();
            assertThatThrownBy(() -> server.base(origin)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void byDefaultThisMachinesNamesAreAllowed() {
        ServerUrl server = new ServerUrl(null, null);
        for (String host : List.of("localhost", "LOCALHOST", "127.0.0.1", "[::1]")) {
            assertThat(server.allows(new RequestOrigin("http", host, 8080, ""))).as(host).isTrue();
        }
        assertThat(server.allows(new RequestOrigin("http", "evil.example", 8080, ""))).isFalse();
        assertThat(server.allows(new RequestOrigin("http", "localhost.evil.example", 8080, ""))).isFalse();
    }

    @Test
    void aPublicUrlThatIsNoWebAddressStopsTheStart() {
        for (String bad : List.of("maps.example.org", "ftp://maps.example.org/", "https://maps.example.org/?a=1",
                "https://user@maps.example.org/", "https:///path", "https://maps.example.org/#x")) {
            assertThatThrownBy(() -> new ServerUrl(bad, List.of())).as(bad).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("strikemap.public-url:");
        }
    }
}
