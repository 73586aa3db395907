package org.strikemap.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.share.MapPaths;
import org.strikemap.share.EmbedFrame;
import org.strikemap.share.PageMeta;
import org.strikemap.share.RequestOrigin;
import org.strikemap.share.ServerUrl;
import org.strikemap.map.ShownMaps;
import org.strikemap.share.ViewAddress;

/**
 * {@code /oembed} (oEmbed 1.0, JSON only): for a link to this server's map ({@code /}) or embed ({@code /embed}),
 * the iframe snippet of the same view. Links elsewhere get 404, {@code format=xml} (or any but json) 501, a bad
 * {@code maxwidth}/{@code maxheight} or no {@code url} 400. "This server" is its one public address
 * ({@link ServerUrl}: {@code strikemap.public-url}, else the allowed host the request came to); a link to any other
 * is refused. The snippet keeps only the link's view parameters that pass {@link ViewAddress#check} for its map.
 */
@RestController
class OEmbedApi {

    /** Short: the answer names the dataset's title, which a new load may change. */
    private static final String CACHE = "public, max-age=300";

    /** Below the base URL: "", "embed", "maps/{slug}", "maps/{slug}/embed", each with or without a final slash. */
    private static final Pattern MAP_PAGE = Pattern.compile("(?:maps/([a-z0-9-]+)(?:/|/embed/?)?|embed/?)?");

    private final Datasets datasets;
    private final ServerUrl serverUrl;
    private final ShownMaps shownMaps;

    OEmbedApi(Datasets datasets, ServerUrl serverUrl, ShownMaps shownMaps) {
        this.datasets = datasets;
        this.serverUrl = serverUrl;
        this.shownMaps = shownMaps;
    }

    @GetMapping("/oembed")
    ResponseEntity<OEmbed> oembed(@RequestParam(required = false) String url,
                                  @RequestParam(required = false) String maxwidth,
                                  @RequestParam(required = false) String maxheight,
                                  @RequestParam(required = false) String format,
                                  HttpServletRequest request) {
        if (format != null && !format.equalsIgnoreCase("json")) {
            throw new ApiException(HttpStatus.NOT_IMPLEMENTED, "only format=json is supported");
        }
        if (url == null || url.isBlank()) {
            throw ApiException.badRequest("url is required");
        }
        Integer maxWidth = pixels("maxwidth", maxwidth);
        Integer maxHeight = pixels("maxheight", maxheight);
        String base = serverUrl.base(RequestOrigin.of(request));
        URI link = ownPage(url, base);
        String slug = mapOf(link, base, url);
        LoadedDataset map = Maps.of(datasets, slug);
        // The link's view, read against the version it pins (404 for a version the map never had), else the latest.
        ViewAddress.Checked view = ViewAddress.check(link.getRawQuery(), ViewAddress.Known.of(map));
        String version = view.refusal(ShownMaps.PARAMETER).map(ViewAddress.Refusal::value)
                .orElse(view.valid().parameters().get(ShownMaps.PARAMETER));
        if (version != null) {
            LoadedDataset pinned = shownMaps.of(slug, version).map(ShownMaps.Shown::map).orElseThrow(() ->
                    ApiException.notFound("no version '" + ApiException.shorten(version) + "' of this map"));
            view = ViewAddress.check(link.getRawQuery(), ViewAddress.Known.of(pinned));
        }
        MapPaths paths = slug == null ? MapPaths.DEFAULT : MapPaths.of(slug);

        String title = map.description().words().title().words();
        OEmbed.Size size = OEmbed.Size.fitting(EmbedFrame.DEFAULT_WIDTH, EmbedFrame.DEFAULT_HEIGHT, maxWidth, maxHeight);
        String src = base + paths.embed() + view.valid().suffix();
        EmbedFrame frame = new EmbedFrame(src, title, size.height());
        String html = maxWidth == null ? frame.html() : frame.html(size.width());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).header("Cache-Control", CACHE)
                .body(OEmbed.rich(title, PageMeta.SITE_NAME, base, html, size));
    }

    /** {@code url} when it names this server's map or embed page; 404 for anything else. */
    private static URI ownPage(String url, String base) {
        URI link;
        try {
            link = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw ApiException.badRequest("url is not a URL: " + ApiException.shorten(url));
        }
        URI own;
        try {
            own = new URI(base);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the public address is not a URL: " + base, e);
        }
        boolean sameServer = link.getScheme() != null && link.getScheme().equalsIgnoreCase(own.getScheme())
                && link.getRawUserInfo() == null
                && link.getHost() != null && link.getHost().equalsIgnoreCase(own.getHost())
                && port(link) == port(own);
        if (!sameServer) {
            throw ApiException.notFound("not a map or embed page of this server: " + ApiException.shorten(url));
        }
        return link;
    }

    /**
     * The slug of the map whose page or embed {@code link} is (null for the default map's {@code /} and
     * {@code /embed}); 404 for any other path.
     */
    private static String mapOf(URI link, String base, String url) {
        String ownPath = URI.create(base).getRawPath();
        String path = link.getRawPath() == null ? "" : link.getRawPath();
        String below = path.equals(ownPath.substring(0, ownPath.length() - 1)) ? ""
                : path.startsWith(ownPath) ? path.substring(ownPath.length()) : null;
        Matcher page = MAP_PAGE.matcher(below == null ? "-" : below);
        if (!page.matches()) {
            throw ApiException.notFound("not a map or embed page of this server: " + ApiException.shorten(url));
        }
        return page.group(1);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    /** A limit in pixels: absent when not given (or given empty), else a positive whole number or 400. */
    private static Integer pixels(String name, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) <= 0) {
            throw ApiException.badRequest(name + " must be a positive whole number of pixels, not '"
                    + ApiException.shorten(value) + "'");
        }
        return Integer.parseInt(value);
    }
}
