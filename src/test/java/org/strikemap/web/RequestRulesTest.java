package org.strikemap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.MediaType;

/** The request rules of {@link RequestGuard} and {@link ContentSecurityPolicy} on their own, without a server. */
class RequestRulesTest {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON, MediaType.valueOf("application/geo+json"));

    @ParameterizedTest
    @ValueSource(strings = {"%zz", "a%", "a%4", "%C0%AE", "%ED%A0%80", "%E2%82", "%FF", "date=%G1", "%%41", "x=%\u0661\u0661"})
    void brokenEncodingsAreMalformed(String raw) {
        assertThat(RequestGuard.malformed(raw)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "date=2024-01-01&strike=kyiv-1", "a=%41%42", "q=%D0%9A%D0%B8%D1%97%D0%B2", "e=%F0%9F%98%80",
            "plus=a+b", "/embed"})
    void goodEncodingsAreNot(String raw) {
        assertThat(RequestGuard.malformed(raw)).isEmpty();
    }

    @Test
    void acceptMustNameSomethingTheEndpointWrites() {
        assertThat(RequestGuard.unacceptable(null, JSON)).isEmpty();
        assertThat(RequestGuard.unacceptable("*/*", JSON)).isEmpty();
        assertThat(RequestGuard.unacceptable("application/*", JSON)).isEmpty();
        assertThat(RequestGuard.unacceptable("text/html, application/geo+json;q=0.2", JSON)).isEmpty();
        assertThat(RequestGuard.unacceptable("application/xml", JSON)).hasValueSatisfying(message ->
                assertThat(message).contains("application/json", "'application/xml'"));
        assertThat(RequestGuard.unacceptable("application/json;q=0", JSON)).isPresent();
        assertThat(RequestGuard.unacceptable("???;;;==", JSON)).hasValueSatisfying(message ->
                assertThat(message).startsWith("Accept header is malformed"));
        assertThat(RequestGuard.unacceptable("application/xml", List.of())).as("pages ignore Accept").isEmpty();
    }

    @Test
    void theTileServerIsTheOnlyOtherImageOrigin() {
        assertThat(ContentSecurityPolicy.tileOrigin("")).isEmpty();
        assertThat(ContentSecurityPolicy.tileOrigin("test-tiles/{z}/{x}/{y}.png")).isEmpty();
        assertThat(ContentSecurityPolicy.tileOrigin("https://{s}.tile.example.org/{z}/{x}/{y}.png"))
                .isEqualTo("https://*.tile.example.org");
        assertThat(ContentSecurityPolicy.tileOrigin("http://tiles.example.org:8081/{z}/{x}/{y}.png"))
                .isEqualTo("http://tiles.example.org:8081");
        assertThat(ContentSecurityPolicy.tileOrigin("https://a{z}b.example.org/x")).isEqualTo("https:");
        assertThat(ContentSecurityPolicy.tileOrigin("https://evil.org; script-src *")).isEqualTo("https:");
        String policy = new ContentSecurityPolicy("https://{s}.tile.example.org/{z}/{x}/{y}.png").strict("*");
        assertThat(policy).contains("img-src 'self' data: https://*.tile.example.org;", "script-src 'self';",
                "object-src 'none'", "base-uri 'self'", "frame-ancestors *").doesNotContain("unsafe");
    }

    @Test
    void vaadinsPageAllowsItsOwnInlineScriptsByHashOnly() {
        String hash = VaadinPagePolicy.sha256("window.Vaadin = window.Vaadin || {};");
        String policy = new ContentSecurityPolicy("").vaadin(List.of(hash, hash));
        assertThat(policy).contains("script-src 'self' '" + hash + "' 'unsafe-eval';", "frame-ancestors 'self'",
                "object-src 'none'").doesNotContain("script-src 'self' 'unsafe-inline'");
        assertThat(policy.split(hash, -1)).as("each hash once").hasSize(2);
    }
}
