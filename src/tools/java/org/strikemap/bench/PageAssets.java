package org.strikemap.bench;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The assets a page's HTML names, as a browser with JavaScript on would fetch them before running any script:
 * {@code <script src>}, {@code <link rel=stylesheet|modulepreload|preload href>} and {@code <img src>}, resolved
 * against {@code <base href>} or the page, same origin only, each once. Limits: tags found by regular expression,
 * not an HTML parser; comments, {@code <noscript>} (a scripting browser never loads it) and inline script and style
 * bodies are skipped; nothing inside CSS ({@code url(…)}), {@code srcset} or script (dynamic imports, fetches) is
 * followed, so a page that does not name all it loads is understated.
 */
final class PageAssets {

    /** Parts of the page a browser with scripting on does not read for tags to fetch. */
    private static final Pattern SKIPPED = Pattern.compile("<!--.*?-->|<noscript\\b.*?</noscript\\s*>"
            + "|(<script\\b[^>]*>).*?</script\\s*>|(<style\\b[^>]*>).*?</style\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("<(script|link|img|base)\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "([^\\s\"'>/=]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");
    private static final Set<String> FETCHED_LINKS = Set.of("stylesheet", "modulepreload", "preload");

    /** What a page names: the assets to fetch, and how many names point at another origin (not fetched). */
    record Names(List<URI> assets, int otherOrigin) {
    }

    private PageAssets() {
    }

    static Names of(URI page, String html) {
        Matcher skipped = SKIPPED.matcher(html);
        // Keep the opening tags of inline scripts and styles (a script with src has an empty body), drop the rest.
        String tags = skipped.replaceAll(match -> Matcher.quoteReplacement(
                match.group(1) != null ? match.group(1) : match.group(2) != null ? match.group(2) : ""));
        URI base = null;
        Set<URI> assets = new LinkedHashSet<>();
        int otherOrigin = 0;
        Matcher tag = TAG.matcher(tags);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(Locale.ROOT);
            Map<String, String> attributes = attributes(tag.group(2));
            if (name.equals("base")) {
                if (base == null && attributes.containsKey("href")) {
                    base = page.resolve(attributes.get("href").strip()); // only the first <base href> counts
                }
                continue;
            }
            String url = name.equals("link")
                    ? fetchedLink(attributes) ? attributes.get("href") : null
                    : attributes.get("src");
            if (url == null || url.isBlank()) {
                continue;
            }
            URI resolved = (base == null ? page : base).resolve(url.strip());
            if (sameOrigin(page, resolved)) {
                assets.add(withoutFragment(resolved));
            } else {
                otherOrigin++;
            }
        }
        return new Names(new ArrayList<>(assets), otherOrigin);
    }

    private static boolean fetchedLink(Map<String, String> attributes) {
        for (String rel : attributes.getOrDefault("rel", "").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (FETCHED_LINKS.contains(rel)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, String> attributes(String text) {
        Map<String, String> attributes = new TreeMap<>();
        Matcher attribute = ATTRIBUTE.matcher(text);
        while (attribute.find()) {
            String value = attribute.group(2) == null ? "" : attribute.group(2);
            if (value.startsWith("\"") || value.startsWith("'")) {
                value = value.substring(1, value.length() - 1);
            }
            attributes.putIfAbsent(attribute.group(1).toLowerCase(Locale.ROOT), unescape(value));
        }
        return attributes;
    }

    /** The character references URLs in attributes carry in practice; {@code &amp;} last so it is not decoded twice. */
    private static String unescape(String value) {
        return value.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static boolean sameOrigin(URI page, URI other) {
        return page.getScheme().equalsIgnoreCase(String.valueOf(other.getScheme()))
                && page.getHost().equalsIgnoreCase(String.valueOf(other.getHost()))
                && page.getPort() == other.getPort();
    }

    private static URI withoutFragment(URI uri) {
        return uri.getFragment() == null ? uri : URI.create(uri.toString().substring(0, uri.toString().indexOf('#')));
    }
}
