package org.strikemap.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What each kind of request costs, by path shape: the same rules for one map's addresses and any other map's. */
class RequestKindTest {

    @Test
    void eachAddressIsTheKindItsCostMakesIt() {
        Map<String, RequestKind> cases = new LinkedHashMap<>();
        cases.put("/actuator/health/readiness", RequestKind.PROBE);
        cases.put("/actuator/health", RequestKind.PROBE);
        cases.put("/embed-assets/embed-ZKULGC2K.js", RequestKind.IMMUTABLE);
        cases.put("/maps/kn23/embed-assets/embed-ZKULGC2K.css", RequestKind.IMMUTABLE);
        cases.put("/layers/0123456789abcdef/strikes.geojson", RequestKind.IMMUTABLE);
        cases.put("/layers/0123456789abcdef/uk/regions.geojson", RequestKind.IMMUTABLE);
        cases.put("/maps/kn23/layers/0123456789abcdef/strikes.geojson", RequestKind.IMMUTABLE);
        cases.put("/VAADIN/build/FlowClient-abc.js", RequestKind.IMMUTABLE);
        cases.put("/favicon.svg", RequestKind.IMMUTABLE);
        cases.put("/favicon.ico", RequestKind.IMMUTABLE);
        cases.put("/?v-r=init&location=&query=", RequestKind.VIEW_START);
        cases.put("/maps/kn23?v-r=init&location=maps%2Fkn23", RequestKind.VIEW_START);
        cases.put("/?v-r=uidl&v-uiId=0", RequestKind.VIEW_EXCHANGE);
        cases.put("/?v-r=heartbeat&v-uiId=0", RequestKind.VIEW_EXCHANGE);
        cases.put("/", RequestKind.PAGE);
        cases.put("/?date=2024-01-02", RequestKind.PAGE);
        cases.put("/maps/kn23", RequestKind.PAGE);
        cases.put("/maps", RequestKind.PAGE);
        cases.put("/nope", RequestKind.PAGE);
        cases.put("/embed", RequestKind.EMBED);
        cases.put("/maps/kn23/embed", RequestKind.EMBED);
        cases.put("/embed.png?width=300", RequestKind.PICTURE);
        cases.put("/maps/kn23/embed.png", RequestKind.PICTURE);
        cases.put("/api/strikes?from=2024-01-01", RequestKind.API_WINDOW);
        cases.put("/api/maps/kn23/regions?to=2024-01-09", RequestKind.API_WINDOW);
        cases.put("/api/strikes", RequestKind.OTHER);
        cases.put("/api/strikes?from=", RequestKind.OTHER);
        cases.put("/api/dataset", RequestKind.OTHER);
        cases.put("/api/maps/kn23/versions", RequestKind.OTHER);
        cases.put("/oembed?url=x", RequestKind.OTHER);
        cases.put("/styles/strikemap.css", RequestKind.OTHER);
        cases.put("/layers/nothex/strikes.geojson", RequestKind.OTHER);
        cases.forEach((target, kind) -> {
            String[] parts = target.split("\\?", 2);
            assertThat(RequestKind.of(parts[0], parts.length > 1 ? parts[1] : null)).as(target).isEqualTo(kind);
        });
    }

    @Test
    void signingInIsAKindOfItsOwnButTheSignInPagesArePages() {
        Map<String, RequestKind> cases = new LinkedHashMap<>();
        cases.put("POST /login", RequestKind.SIGN_IN);
        cases.put("POST /login/ott", RequestKind.SIGN_IN);
        cases.put("POST /login/webauthn", RequestKind.SIGN_IN);
        cases.put("POST /webauthn/authenticate/options", RequestKind.SIGN_IN);
        cases.put("POST /ott/generate", RequestKind.SIGN_IN);
        cases.put("GET /oauth2/authorization/newsroom", RequestKind.SIGN_IN);
        cases.put("GET /login/oauth2/code/newsroom?code=x&state=y", RequestKind.SIGN_IN);
        cases.put("GET /login", RequestKind.PAGE);
        cases.put("GET /login/ott?token=x", RequestKind.PAGE);
        cases.put("POST /login?v-r=uidl&v-uiId=0", RequestKind.VIEW_EXCHANGE);
        cases.put("POST /webauthn/register", RequestKind.PAGE);
        cases.put("POST /api/maps/kn23/imports", RequestKind.OTHER);
        cases.forEach((request, kind) -> {
            String[] methodAndTarget = request.split(" ", 2);
            String[] parts = methodAndTarget[1].split("\\?", 2);
            assertThat(RequestKind.of(methodAndTarget[0], parts[0], parts.length > 1 ? parts[1] : null)).as(request)
                    .isEqualTo(kind);
        });
    }
}
