package org.strikemap.ui.embed;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ui.MapSetup;
import org.strikemap.ui.StrikeExplorer;

/**
 * {@code /embed}: the map for an article's iframe as one static page — no session, no cookie, no server state per
 * reader. The page is the same for every reader of an address, so a CDN may keep it for a minute; everything it
 * loads after it is versioned and kept for a year. {@code ?date=} and {@code ?strike=} are read by its script.
 */
@RestController
class EmbedPage {

    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final StrikeExplorer.Factory explorers;
    private final EmbedAssets assets;

    EmbedPage(StrikeExplorer.Factory explorers, EmbedAssets assets) {
        this.explorers = explorers;
        this.assets = assets;
    }

    @GetMapping(value = "/embed", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@RequestParam Optional<String> date, @RequestParam Optional<String> strike,
                                WebRequest request) {
        LoadedDataset dataset = explorers.dataset();
        String html = render(dataset, explorers.setup(dataset), "./", pictureUrl(date, strike));
        String etag = "\"" + sha256(html).substring(0, 20) + "\"";
        if (request.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok().cacheControl(SHORT).eTag(etag)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    /** The page for a dataset; {@code fullMapUrl} null leaves out the link to the full map. */
    String render(LoadedDataset dataset, MapSetup setup, String fullMapUrl, String picture) {
        return render(dataset, setup, fullMapUrl, picture, new EmbedSetup.Defaults(null, null));
    }

    String render(LoadedDataset dataset, MapSetup setup, String fullMapUrl, String picture, EmbedSetup.Defaults defaults) {
        return EmbedHtml.render(dataset, EmbedSetup.of(setup, fullMapUrl, defaults), assets.manifest(), "", picture);
    }

    private static String pictureUrl(Optional<String> date, Optional<String> strike) {
        StringBuilder url = new StringBuilder("embed.png");
        String separator = "?";
        if (date.filter(d -> d.matches("\\d{4}-\\d{2}-\\d{2}")).isPresent()) {
            url.append(separator).append("date=").append(date.get());
            separator = "&";
        }
        if (strike.filter(s -> s.matches("[A-Za-z0-9._-]{1,80}")).isPresent()) {
            url.append(separator).append("strike=").append(strike.get());
        }
        return url.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
