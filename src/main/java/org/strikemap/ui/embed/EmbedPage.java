package org.strikemap.ui.embed;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.download.DataFile;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.map.ShownMaps;
import org.strikemap.map.VersionArchive;
import org.strikemap.share.Echo;
import org.strikemap.share.MapPaths;
import org.strikemap.share.PageMeta;
import org.strikemap.share.RequestOrigin;
import org.strikemap.share.ServerUrl;
import org.strikemap.share.ViewAddress;
import org.strikemap.ui.AddressNotices;
import org.strikemap.ui.Favicon;
import org.strikemap.ui.StrikeExplorer;

/**
 * {@code /embed} (the default map) and {@code /maps/{slug}/embed}: a map for an article's iframe as one static page — no session, no cookie, no server state per
 * reader. The page is the same for every reader of an address, so a CDN may keep it for a minute; everything it
 * loads after it is versioned and kept for a year. The server keeps the last 256 pages it rendered, by what they are
 * made of, so a crowd behind one address reading one article costs one render. {@code ?date=} and {@code ?strike=} are read by its script; the
 * head's link-preview tags ({@link PageMeta}) and the no-script picture name the same view.
 * <p>Language: {@code ?lang=} names it, and then the page depends on its address alone. Without it the browser's
 * {@code Accept-Language} chooses, and the answer says {@code Vary: Accept-Language}; the Share dialog's embed code
 * always names the language, so the embeds in articles are plain per-address cache entries.
 */
@RestController
class EmbedPage {

    private static final EmbedSetup.Defaults NO_DEFAULTS = new EmbedSetup.Defaults(null, null);
    private static final CacheControl SHORT = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    /** The site's icon beside the page (the full page's, served at /favicon.svg), for the published folder too. */
    static final String ICON = "favicon.svg";

    private final StrikeExplorer.Factory explorers;
    private final EmbedAssets assets;
    private final VersionArchive archive;
    private final ServerUrl serverUrl;
    private final RenderedPages rendered = new RenderedPages();

    EmbedPage(StrikeExplorer.Factory explorers, EmbedAssets assets, VersionArchive archive, ServerUrl serverUrl) {
        this.explorers = explorers;
        this.assets = assets;
        this.archive = archive;
        this.serverUrl = serverUrl;
    }

    @GetMapping(value = {"/embed", "/maps/{slug}/embed"}, produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable(required = false) String slug, HttpServletRequest servletRequest,
                                WebRequest request) {
        String version = servletRequest.getParameter(ShownMaps.PARAMETER);
        ShownMaps.Shown shown = explorers.shown(slug, version).orElseThrow(() -> new ResponseStatusException(
                HttpStatus.NOT_FOUND, version == null ? "There is no map '" + Echo.of(slug) + "' on this site."
                        : "There is no version '" + Echo.of(version) + "' of this map."));
        LoadedDataset dataset = shown.map();
        MapPaths paths = slug == null ? MapPaths.DEFAULT : MapPaths.of(slug);
        String base = serverUrl.base(RequestOrigin.of(servletRequest));
        String asked = servletRequest.getParameter(Languages.PARAMETER);
        Set<String> languages = dataset.description().languages();
        Messages words = Messages.of(ViewAddress.chosenLanguage(asked, servletRequest.getHeader(HttpHeaders.ACCEPT_LANGUAGE),
                languages));
        ViewAddress.Checked checked = ViewAddress.check(servletRequest.getQueryString(), ViewAddress.Known.of(dataset));
        List<String> notices = AddressNotices.of(checked, languages, words);
        List<VersionArchive.Published> log = archive.log(dataset.slug());
        // Everything the page is made of: a crowd of readers of one article asks for the same page over and over.
        String key = dataset.slug() + "|" + dataset.version() + "|" + shown.latest().version() + "|"
                + (log.isEmpty() ? "" : log.getFirst().version()) + "|" + log.size() + "|" + words.tag() + "|" + base + "|"
                + checked.valid().encoded() + "|" + notices;
        Rendered page = rendered.get(key, () -> {
            PageMeta meta = PageMeta.of(base, paths, paths.embed(), checked.valid(), dataset.description().in(words.tag()));
            String root = paths.rootFromEmbed();
            EmbedSetup setup = EmbedSetup.of(explorers.setup(dataset, words, root), paths.pageFromEmbed(), NO_DEFAULTS,
                    words, new EmbedSetup.Refused(notices, AddressNotices.refusedNames(checked)));
            String html = EmbedHtml.render(dataset, setup, assets.manifest(), meta.html() + "\n", meta.imageUrl(),
                    root + paths.data(DataFile.CSV.fileName()) + "?version=" + dataset.version(), words, root,
                    EmbedHtml.History.of(shown, log, paths.pageFromEmbed() + "?" + Languages.PARAMETER + "="
                            + words.tag()));
            return new Rendered(html, "\"" + sha256(html).substring(0, 20) + "\"");
        });
        String html = page.html();
        String etag = page.etag();
        boolean byHeader = ViewAddress.language(asked, languages).isEmpty();
        if (request.checkNotModified(etag)) {
            return null;
        }
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().cacheControl(SHORT).eTag(etag)
                .header(HttpHeaders.CONTENT_LANGUAGE, words.tag());
        if (byHeader) {
            response.varyBy(HttpHeaders.ACCEPT_LANGUAGE);
        }
        return response.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(html);
    }

    private record Rendered(String html, String etag) {
    }

    /** The last pages rendered, by what they are made of: at most {@value #KEPT}, the least recently asked dropped. */
    private static final class RenderedPages {

        private static final int KEPT = 256;
        private final Map<String, Rendered> pages = new LinkedHashMap<>(KEPT, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Rendered> eldest) {
                return size() > KEPT;
            }
        };

        Rendered get(String key, Supplier<Rendered> render) {
            synchronized (pages) {
                Rendered known = pages.get(key);
                if (known != null) {
                    return known;
                }
            }
            Rendered page = render.get();
            synchronized (pages) {
                pages.put(key, page);
            }
            return page;
        }
    }

    /** The icon's bytes (what /favicon.svg serves). */
    static byte[] icon() {
        return Favicon.iconSvg();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
