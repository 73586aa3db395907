package org.strikemap.picture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.ShownMaps;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.share.Echo;
import org.strikemap.share.ViewAddress;
import org.strikemap.map.TimeWindow;
import org.strikemap.source.DatasetOverview;
import org.strikemap.strike.Strike;

/**
 * {@code GET /embed.png?date=YYYY-MM-DD&strike=<id>&width=<px>&lang=en|uk} of the default map, and
 * {@code /maps/{slug}/embed.png} of any (or {@code from=&to=} for a window instead of
 * {@code date}): the map as a PNG for link previews, the embed's
 * fallback and the Share dialog's download. Every parameter is optional: the last day of the period, no strike
 * marked, 1200 px wide. A width above {@link MapPicture#MAX_WIDTH} is drawn at that width and one below
 * {@link MapPicture#MIN_WIDTH} at that; a bad value gets 400 with a one-line plain-text reason. No session, no cookie:
 * the picture loads from any site.
 */
@RestController
class PictureApi {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final ShownMaps shownMaps;
    private final Pictures pictures;

    PictureApi(ShownMaps shownMaps, Pictures pictures) {
        this.shownMaps = shownMaps;
        this.pictures = pictures;
    }

    @GetMapping({"/embed.png", "/maps/{slug}/embed.png"})
    ResponseEntity<byte[]> picture(@PathVariable(required = false) String slug,
                                   @RequestParam(required = false) String date,
                                   @RequestParam(required = false) String strike,
                                   @RequestParam(required = false) String width,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String lang,
                                   @RequestParam(required = false) String version) {
        LoadedDataset dataset = shownMaps.of(slug, version).map(ShownMaps.Shown::map).orElse(null);
        if (dataset == null) {
            String missing = shownMaps.of(slug, null).isEmpty() ? "no map '" + shorten(slug) + "'"
                    : "no version '" + shorten(version) + "' of this map";
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(TEXT).header("X-Content-Type-Options", "nosniff")
                    .body(missing.getBytes(StandardCharsets.UTF_8));
        }
        // An unknown language is English, as on the pages: the picture is a preview, not a place to report errors.
        MapPicture picture = pictures.picture(dataset).in(Messages.of(
                Languages.named(lang, dataset.description().languages()).orElse(Languages.ENGLISH)));
        try {
            if (dataset.sources().overview().periodFrom() != null) {
                picture = picture.within(window(date, from, to, dataset.sources().overview()));
            }
            if (strike != null && !strike.isBlank()) {
                picture = picture.highlighting(strike(strike, dataset));
            }
            if (width != null && !width.isBlank()) {
                picture = picture.width(width(width));
            }
        } catch (IllegalArgumentException e) {
            // The message quotes the request: plain text, and no browser may sniff it as anything else.
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(TEXT).header("X-Content-Type-Options", "nosniff")
                    .body(e.getMessage().getBytes(StandardCharsets.UTF_8));
        }
        byte[] png = pictures.png(dataset, picture);
        PictureCache.Key key = Pictures.keyOf(dataset, picture);
        // Spring answers a matching If-None-Match with 304 from this ETag.
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(FIVE_MINUTES).eTag(etag(dataset, key))
                .body(png);
    }

    /**
     * The day or window the address names, read as the pages read it ({@link ViewAddress}); what they would explain
     * and replace by the whole period, a picture refuses, naming the parameter.
     */
    private static TimeWindow window(String date, String from, String to, DatasetOverview period) {
        ViewAddress address = ViewAddress.read(name -> switch (name) {
            case "date" -> date;
            case "from" -> from;
            case "to" -> to;
            default -> null;
        }, period.periodFrom(), period.periodTo());
        address.problem().ifPresent(problem -> {
            throw new IllegalArgumentException(reason(problem, period));
        });
        return address.window();
    }

    private static String reason(ViewAddress.Problem problem, DatasetOverview period) {
        Map<String, String> v = problem.values();
        String within = " is outside the period " + period.periodFrom() + " to " + period.periodTo();
        return switch (problem.kind()) {
            case "notADate" -> "date: '" + v.get("date") + "' is not a date (YYYY-MM-DD)";
            case "outside" -> "date: " + v.get("date") + within;
            case "windowNotADate" -> "from, to: '" + v.get("date") + "' is not a date (YYYY-MM-DD)";
            case "reversed" -> "from: " + v.get("from") + " is after to " + v.get("to");
            default -> "from, to: the window " + v.get("from") + " to " + v.get("to") + within;
        };
    }

    private static Strike strike(String id, LoadedDataset dataset) {
        return dataset.strikes().find(id.strip())
                .orElseThrow(() -> new IllegalArgumentException("strike: no strike '" + shorten(id) + "' in this dataset"));
    }

    private static int width(String text) {
        int width;
        try {
            width = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            // Digits beyond int are a width far above the cap, not an error.
            if (text.strip().matches("\\d+")) {
                return MapPicture.MAX_WIDTH;
            }
            throw new IllegalArgumentException("width: '" + shorten(text) + "' is not a whole number of pixels");
        }
        if (width <= 0) {
            throw new IllegalArgumentException("width: " + width + " must be above 0");
        }
        return width;
    }

    /** The dataset version and a digest of the normalised parameters (strike ids are data, never raw in a header). */
    private static String etag(LoadedDataset dataset, PictureCache.Key key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((key.time() + "|" + key.strikeId() + "|"
                    + key.width() + "|" + key.language()).getBytes(StandardCharsets.UTF_8));
            return "\"" + dataset.version() + "-" + HexFormat.of().formatHex(digest, 0, 8) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A value as quoted back in a message: at most 40 characters, so a huge parameter cannot fill the reply. */
    private static String shorten(String text) {
        return Echo.of(text);
    }
}
