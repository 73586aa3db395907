package org.strikemap.ui.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;
import org.strikemap.ui.MapSetup;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.leaflet.MapLayer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embed's HTML: the template beside this class with the dataset's words escaped into it, the hashed assets,
 * a preload for every layer the map fetches, and the {@link EmbedSetup} as JSON the script reads. All URLs are
 * relative, so the same page works at {@code /embed} and as a published static folder's {@code index.html}.
 * Limits: {@code head} must already be safe HTML (it is written by this application, never by a reader).
 */
final class EmbedHtml {

    private static final String TEMPLATE = template();
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EmbedHtml() {
    }

    /** {@code picture}: URL of the map's PNG for readers without scripts; {@code fullMapUrl} null for none. */
    static String render(LoadedDataset dataset, EmbedSetup setup, EmbedAssets.Manifest assets, String head,
                         String picture) {
        String title = dataset.description().title();
        String credit = "StrikeMap · reports by " + String.join(", ", dataset.sources().outlets()) + " · "
                + dataset.description().credit();
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("title", text(title + " · StrikeMap (embedded map)"));
        slots.put("description", text(dataset.description().subtitle()));
        slots.put("head", head);
        slots.put("style", text(EmbedAssets.FOLDER + "/" + assets.style()));
        slots.put("script", text(EmbedAssets.FOLDER + "/" + assets.script()));
        slots.put("preloads", setup.map().layers().stream().map(MapLayer::url).distinct()
                .map(url -> "<link rel=\"preload\" as=\"fetch\" crossorigin href=\"" + text(url) + "\">\n")
                .collect(Collectors.joining()));
        slots.put("mapLabel", text(MapSetup.label(title)));
        slots.put("skipTarget", MapSetup.SKIP_TARGET);
        slots.put("credit", text(credit));
        slots.put("fullMap", setup.fullMapUrl() == null ? ""
                : " · <a id=\"sm-full-map\" target=\"_blank\" rel=\"noopener\" href=\"" + text(setup.fullMapUrl())
                + "\">Open the full map</a>");
        slots.put("picture", text(picture));
        slots.put("pictureAlt", text("Map: " + title + ". " + dataset.description().subtitle()));
        slots.put("setup", scriptSafe(JSON.writeValueAsString(setup)));
        // One pass, so a slot's value is never read as another slot.
        return SLOT.matcher(TEMPLATE).replaceAll(match -> Matcher.quoteReplacement(slots.get(match.group(1))));
    }

    static String text(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, StandardCharsets.UTF_8.name());
    }

    /** JSON inside a script element must not close it or open a comment: escape every '<' and '&'. */
    static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String template() {
        try (InputStream in = EmbedHtml.class.getResourceAsStream("embed.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
