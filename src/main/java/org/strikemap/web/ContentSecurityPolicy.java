package org.strikemap.web;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of each kind of answer (why each source is there: docs/HARDENING.md).
 * <ul>
 * <li>{@link #strict}: pages and data we write ourselves ({@code /embed}, error pages, API): scripts, styles, fonts
 * and requests from this origin only, no inline code at all.</li>
 * <li>{@link #vaadin}: the Vaadin page {@code /}: Vaadin's three inline bootstrap scripts by hash, {@code 'unsafe-eval'}
 * because Flow runs every server-side {@code executeJs} through {@code new Function}, and {@code 'unsafe-inline'} styles
 * because Vaadin and its components write {@code <style>} elements and style attributes at run time.</li>
 * </ul>
 * Both allow the optional tile server's origin ({@code strikemap.tiles.url}) for images. Limits: a tile URL whose host
 * is a template other than a leading {@code {s}.} widens images to its scheme.
 */
@Component
class ContentSecurityPolicy {

    private final String images;

    ContentSecurityPolicy(@Value("${strikemap.tiles.url:}") String tilesUrl) {
        String tiles = tileOrigin(tilesUrl);
        images = "img-src 'self' data:" + (tiles.isEmpty() ? "" : " " + tiles);
    }

    /** For what we write ourselves; {@code frameAncestors} is the CSP source list of who may frame it. */
    String strict(String frameAncestors) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; " + images + "; font-src 'self'; "
                + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors "
                + frameAncestors;
    }

    /** For Vaadin's page, with the hashes ({@code sha256-...}) of the inline scripts it is served with. */
    String vaadin(Collection<String> scriptHashes) {
        String hashes = scriptHashes.stream().map(hash -> " '" + hash + "'").distinct().collect(Collectors.joining());
        return "default-src 'self'; script-src 'self'" + hashes + " 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
                + images + "; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
                + "form-action 'self'; frame-ancestors 'self'";
    }

    /** The CSP source for the tile server of a Leaflet URL template, empty for none or for tiles on this server. */
    static String tileOrigin(String template) {
        if (template == null || template.isBlank() || !template.matches("(?i)https?://.*")) {
            return "";
        }
        String scheme = template.substring(0, template.indexOf("://"));
        String rest = template.substring(scheme.length() + 3);
        int end = rest.indexOf('/');
        String host = end < 0 ? rest : rest.substring(0, end);
        if (host.startsWith("{s}.")) {
            host = "*." + host.substring(4);
        }
        return host.matches("(\\*\\.)?[A-Za-z0-9.-]+(:[0-9]{1,5})?") ? scheme.toLowerCase() + "://" + host
                : scheme.toLowerCase() + ":";
    }
}
