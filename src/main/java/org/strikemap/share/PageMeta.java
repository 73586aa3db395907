package org.strikemap.share;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.strikemap.dataset.DatasetDescription;

/**
 * The head tags that let other sites find and preview a page of the map: the oEmbed discovery {@code <link>}, Open
 * Graph ({@code og:title}, {@code og:description}, {@code og:type}, {@code og:url}, {@code og:image},
 * {@code og:site_name}) and the Twitter card, the image being {@code /embed.png} for the page's date or window and strike.
 * The Vaadin page {@code /} gets them from {@code ui.LinkPreviews}; any other page renderer (the static
 * {@code /embed}) calls {@code PageMeta.of(base, map, map.embed(), ViewAddress.check(rawQuery, known).valid(), words).html()} and puts
 * the result in its {@code <head>}. Limits: builds tags only; it does not check that the page or image exist.
 *
 * @param title       the page's title (the dataset title)
 * @param description one line on what it shows (the dataset subtitle)
 * @param pageUrl     the canonical URL of the page with its view parameters
 * @param imageUrl    the preview picture of that view
 * @param oembedUrl   where oEmbed consumers ask for the embed of {@code pageUrl}
 */
public record PageMeta(String title, String description, String pageUrl, String imageUrl, String oembedUrl) {

    /** The provider's name, in oEmbed answers and {@code og:site_name}. */
    public static final String SITE_NAME = "StrikeMap";
    /** The view parameters the picture understands. */
    static final Set<String> IMAGE_PARAMETERS = Set.of("date", "strike", "from", "to", "lang");

    /**
     * The tags for the page at {@code baseUrl + path} (one of {@code map}'s paths: its full page or its embed)
     * showing the view {@code query}, described by the map's own words.
     */
    public static PageMeta of(String baseUrl, MapPaths map, String path, ViewQuery query, DatasetDescription.Worded words) {
        String pageUrl = baseUrl + path + query.suffix();
        return new PageMeta(words.title(), words.subtitle(), pageUrl,
                baseUrl + map.picture() + query.only(IMAGE_PARAMETERS).suffix(),
                baseUrl + "oembed?url=" + URLEncoder.encode(pageUrl, StandardCharsets.UTF_8) + "&format=json");
    }

    /** The tags in the order they go into the head. */
    public List<HeadTag> headTags() {
        Map<String, String> discovery = new LinkedHashMap<>();
        discovery.put("rel", "alternate");
        discovery.put("type", "application/json+oembed");
        discovery.put("href", oembedUrl);
        discovery.put("title", title);
        return List.of(new HeadTag("link", discovery),
                HeadTag.meta("property", "og:site_name", SITE_NAME),
                HeadTag.meta("property", "og:type", "website"),
                HeadTag.meta("property", "og:title", title),
                HeadTag.meta("property", "og:description", description),
                HeadTag.meta("property", "og:url", pageUrl),
                HeadTag.meta("property", "og:image", imageUrl),
                HeadTag.meta("name", "twitter:card", "summary_large_image"),
                HeadTag.meta("name", "twitter:image", imageUrl));
    }

    /** All tags as escaped HTML, one per line, for a page written as text. */
    public String html() {
        return headTags().stream().map(HeadTag::html).collect(Collectors.joining("\n"));
    }
}
