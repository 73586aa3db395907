package org.strikemap.ui.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.ui.MapSetup;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.BrowserWords;
import org.strikemap.i18n.Messages;
import org.strikemap.map.ShownMaps;
import org.strikemap.map.VersionArchive;
import org.strikemap.leaflet.MapLayer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The embed's HTML: the template beside this class with the dataset's words escaped into it, the hashed assets,
 * a preload for every layer the map fetches, and the {@link EmbedSetup} as JSON the script reads. All URLs are
 * relative, so the same page works at {@code /embed} and as a published static folder's {@code index.html}. Worded
 * in one language, with the browser components' words ({@link BrowserWords}) and {@code <html lang>}; the
 * dataset's words it has only in English are marked {@code lang="en"}.
 * Limits: {@code head} must already be safe HTML (it is written by this application, never by a reader).
 */
final class EmbedHtml {

    private static final String TEMPLATE = template();
    private static final Pattern SLOT = Pattern.compile("\\{\\{(\\w+)}}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private EmbedHtml() {
    }

    /**
     * The versions the embed tells readers of: the log up to the version shown (newest first), and, when a newer one
     * was published since that version, the address of the latest full map.
     */
    record History(List<VersionArchive.Published> log, String latestUrl) {

        static final History NONE = new History(List.of(), null);

        History {
            log = List.copyOf(log);
        }

        /** What {@code shown} has to say: a pinned older version's log ends at it and links {@code latestUrl}. */
        static History of(ShownMaps.Shown shown, List<VersionArchive.Published> log, String latestUrl) {
            if (!shown.updatedSince()) {
                return new History(log, null);
            }
            String version = shown.map().version();
            int at = 0;
            while (at < log.size() && !log.get(at).version().equals(version)) {
                at++;
            }
            return new History(at == log.size() ? List.of() : log.subList(at, log.size()), latestUrl);
        }
    }

    /**
     * {@code picture}: URL of the map's PNG for readers without scripts; {@code data}: URL of the data readers may
     * take ("Get the data", by the credit).
     */
    static String render(LoadedDataset dataset, EmbedSetup setup, EmbedAssets.Manifest assets, String head,
                         String picture, String data, Messages words) {
        return render(dataset, setup, assets, head, picture, data, words, "", History.NONE);
    }

    /** As above, for a page {@code root} away from the folder that holds the icon and the assets ("../../"). */
    static String render(LoadedDataset dataset, EmbedSetup setup, EmbedAssets.Manifest assets, String head,
                         String picture, String data, Messages words, String root, History history) {
        String language = words.tag();
        DatasetDescription.Worded local = dataset.description().in(language);
        String title = local.title();
        String credit = words.get("embed.credit", "outlets", String.join(", ", dataset.sources().outlets()),
                "credit", local.credit());
        Map<String, String> slots = new LinkedHashMap<>();
        slots.put("lang", text(language));
        slots.put("title", text(words.get("embed.title", "title", title)));
        slots.put("description", text(local.subtitle()));
        slots.put("head", head);
        slots.put("root", text(root));
        slots.put("style", text(root + EmbedAssets.FOLDER + "/" + assets.style()));
        slots.put("script", text(root + EmbedAssets.FOLDER + "/" + assets.script()));
        slots.put("preloads", setup.map().layers().stream().map(MapLayer::url).distinct()
                .map(url -> "<link rel=\"preload\" as=\"fetch\" crossorigin href=\"" + text(url) + "\">\n")
                .collect(Collectors.joining()));
        slots.put("mapLabel", text(MapSetup.label(words, title)));
        slots.put("skipTarget", MapSetup.SKIP_TARGET);
        slots.put("skipLink", text(words.get("embed.skip")));
        slots.put("legendLabel", text(words.get("page.mapLegend")));
        slots.put("sheetLabel", text(words.get("embed.sheet")));
        slots.put("credit", text(credit));
        slots.put("data", " · <a class=\"sm-data-link\" download href=\"" + text(data) + "\">"
                + text(words.get("embed.data")) + "</a>");
        slots.put("fullMap", setup.fullMapUrl() == null ? ""
                : " · <a id=\"sm-full-map\" target=\"_blank\" rel=\"noopener\" href=\"" + text(setup.fullMapUrl())
                + "\">" + text(words.get("embed.fullMap")) + "</a>");
        slots.put("picture", text(picture));
        slots.put("updates", updatedSince(history, words) + updates(history.log(), words));
        slots.put("pictureAlt", text(words.get("embed.pictureAlt", "title", title, "subtitle", local.subtitle())));
        slots.put("setup", scriptSafe(JSON.writeValueAsString(setup)));
        slots.put("strings", BrowserWords.json(words));
        // One pass, so a slot's value is never read as another slot.
        return SLOT.matcher(TEMPLATE).replaceAll(match -> Matcher.quoteReplacement(slots.get(match.group(1))));
    }

    static String text(String value) {
        return HtmlUtils.htmlEscape(value == null ? "" : value, StandardCharsets.UTF_8.name());
    }

    /** JSON inside a script element must not close it or open a comment: escape every '<' and '&'. */
    static String scriptSafe(String json) {
        return BrowserWords.scriptSafe(json);
    }

    private static String template() {
        try (InputStream in = EmbedHtml.class.getResourceAsStream("embed.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * "Updated 12 Jan 2024 · What changed" under the timeline once the map has changed since its first version: a
     * plain disclosure (no script needed, read as a button by screen readers) that opens the log of corrections.
     */
    static String updates(List<VersionArchive.Published> log, Messages words) {
        if (log.size() < 2) {
            return "";
        }
        StringBuilder html = new StringBuilder("<details class=\"sm-updates\"><summary>")
                .append(text(words.get("updates.line", "date", day(log.getFirst(), words)))).append(" · <span class=\"sm-updates-what\">")
                .append(text(words.get("updates.what"))).append("</span></summary>\n<div class=\"sm-updates-log\"><h2>")
                .append(text(words.get("updates.heading"))).append("</h2>\n");
        for (int i = 0; i < log.size(); i++) {
            VersionArchive.Published version = log.get(i);
            boolean first = i == log.size() - 1;
            html.append("<h3>").append(text(first ? words.get("updates.first") + " · " + day(version, words) : day(version, words)))
                    .append("</h3>\n");
            if (version.note() != null && !version.note().isBlank()) {
                html.append("<p>").append(text(version.note())).append("</p>\n");
            }
            List<String> sentences = version.sentences(words.tag());
            if (!first && sentences.isEmpty()) {
                html.append("<p>").append(text(words.get("updates.none"))).append("</p>\n");
            } else if (!sentences.isEmpty()) {
                html.append("<ul>");
                sentences.forEach(sentence -> html.append("<li>").append(text(sentence)).append("</li>"));
                html.append("</ul>\n");
            }
        }
        return html.append("</div></details>\n").toString();
    }

    /**
     * "This is the map as published on 12 Jan 2024; it has been updated since. See the latest": a pinned embed (an
     * article's) says so once a newer version exists, and links the latest full map in a new tab.
     */
    static String updatedSince(History history, Messages words) {
        if (history.latestUrl() == null) {
            return "";
        }
        String day = history.log().isEmpty() ? "" : day(history.log().getFirst(), words);
        return "<p class=\"sm-updated-since\" role=\"note\">" + text(words.get("version.updatedSince", "date", day))
                + " <a target=\"_blank\" rel=\"noopener\" href=\"" + text(history.latestUrl()) + "\">"
                + text(words.get("version.seeLatest")) + "</a></p>\n";
    }

    private static String day(VersionArchive.Published version, Messages words) {
        return words.shortDay(version.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate());
    }
}
