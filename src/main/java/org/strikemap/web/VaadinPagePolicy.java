package org.strikemap.web;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Gives the HTML Vaadin serves for its page the Vaadin policy of {@link ContentSecurityPolicy}, with the SHA-256 of
 * each inline script the page is served with (Vaadin's bootstrap writes three, fixed per Vaadin version), so no
 * other inline script can run. Limits: scripts another index-HTML listener adds after this one would be blocked,
 * which the browser tests would see as a CSP violation.
 */
@Component
class VaadinPagePolicy implements VaadinServiceInitListener {

    private final ContentSecurityPolicy policy;

    VaadinPagePolicy(ContentSecurityPolicy policy) {
        this.policy = policy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            List<String> hashes = response.getDocument().select("script:not([src])").stream()
                    .filter(script -> !script.attr("type").equalsIgnoreCase("application/json"))
                    .map(Element::data).map(VaadinPagePolicy::sha256).toList();
            response.getVaadinResponse().setHeader("Content-Security-Policy", policy.vaadin(hashes));
        });
    }

    static String sha256(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
