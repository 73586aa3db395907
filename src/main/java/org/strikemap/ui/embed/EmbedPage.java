package org.strikemap.ui.embed;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.share.PageMeta;
import org.strikemap.share.ServerUrl;
import org.strikemap.share.ViewQuery;
import org.strikemap.ui.StrikeExplorer;

/**
 * {@code /embed}: the map for an article's iframe as one static page — no session, no cookie, no server state per
 * reader. The page is the same for every reader of an address, so a CDN may keep it for a minute; everything it
 * loads after it is versioned and kept for a year. {@code ?date=} and {@code ?strike=} are read by its script; the
 * head's link-preview tags ({@link PageMeta}) and the no-script picture name the same view.
 */
@RestController
class EmbedPage {

    private static final EmbedSetup.Defaults NO_DEFAULTS = new EmbedSetup.Defaults(null, null);
    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final StrikeExplorer.Factory explorers;
    private final EmbedAssets assets;

    EmbedPage(StrikeExplorer.Factory explorers, EmbedAssets assets) {
        this.explorers = explorers;
        this.assets = assets;
    }

    @GetMapping(value = "/embed", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(HttpServletRequest servletRequest, WebRequest request) {
        LoadedDataset dataset = explorers.dataset();
        String base = ServerUrl.base(servletRequest::getHeader, servletRequest.isSecure(), servletRequest.getContextPath());
        PageMeta meta = PageMeta.of(base, "embed", ViewQuery.parse(servletRequest.getQueryString()), dataset.description());
        String html = EmbedHtml.render(dataset, EmbedSetup.of(explorers.setup(dataset), "./", NO_DEFAULTS),
                assets.manifest(), meta.html() + "\n", meta.imageUrl());
        String etag = "\"" + sha256(html).substring(0, 20) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(SHORT).eTag(etag)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
