package org.strikemap.picture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
import org.strikemap.source.DatasetOverview;

/**
 * {@code GET /embed.png?date=YYYY-MM-DD&strike=<id>&width=<px>&lang=en|uk} of the default map, and
 * {@code /maps/{slug}/embed.png} of any (or {@code from=&to=} for a window instead of {@code date}): the map as a PNG
 * for link previews, the embed's fallback and the Share dialog's download. Every parameter is optional: the last day
 * of the period, no strike marked, 1200 px wide. A width above {@link MapPicture#MAX_WIDTH} is drawn at that width and
 * one below {@link MapPicture#MIN_WIDTH} at that; a bad value gets 400 with a one-line plain-text reason: the
 * parameters are read as strictly as the pages read them ({@link ViewAddress#check}: no stray spaces, ASCII digits, a
 * strike of the map, a language the map is offered in), and what a page would explain and replace by the whole period
 * (a reversed window, one past the period) a picture refuses. No session, no cookie: the picture loads from any site.
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
            return text(HttpStatus.NOT_FOUND, shownMaps.of(slug, null).isEmpty() ? "no map '" + Echo.of(slug) + "'"
                    : "no version '" + Echo.of(version) + "' of this map");
        }
        DatasetOverview period = dataset.sources().overview();
        // A repeated parameter comes joined by a comma, which no valid value has.
        Map<String, String> asked = new HashMap<>();
        asked.put("date", date);
        asked.put("strike", strike);
        asked.put("from", from);
        asked.put("to", to);
        asked.put(Languages.PARAMETER, lang);
        asked.put(ShownMaps.PARAMETER, version);
        ViewAddress.Checked checked = ViewAddress.check(asked::get, ViewAddress.Known.of(dataset));
        Optional<String> refused = checked.refused().stream().findFirst().map(refusal -> reason(refusal, dataset))
                .or(() -> checked.address().problem().map(problem -> reason(problem, period)))
                .or(() -> widthProblem(width));
        if (refused.isPresent()) {
            // The message quotes the request (cut, with markup and quotes escaped): plain text, never sniffed.
            return text(HttpStatus.BAD_REQUEST, refused.get());
        }
        Map<String, String> valid = checked.valid().parameters();
        MapPicture picture = pictures.picture(dataset).in(Messages.of(ViewAddress.language(
                valid.get(Languages.PARAMETER), dataset.description().languages()).orElse(Languages.ENGLISH)));
        if (period.periodFrom() != null) {
            picture = picture.within(checked.address().window());
        }
        if (valid.containsKey("strike")) {
            picture = picture.highlighting(dataset.strikes().find(valid.get("strike")).orElseThrow());
        }
        if (width != null && !width.isEmpty()) {
            // More digits than fit are a width far above the cap.
            picture = picture.width(width.length() > 9 ? MapPicture.MAX_WIDTH : Integer.parseInt(width));
        }
        byte[] png = pictures.png(dataset, picture);
        PictureCache.Key key = Pictures.keyOf(dataset, picture);
        // Spring answers a matching If-None-Match with 304 from this ETag.
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(FIVE_MINUTES).eTag(etag(dataset, key))
                .body(png);
    }

    private static ResponseEntity<byte[]> text(HttpStatus status, String line) {
        return ResponseEntity.status(status).contentType(TEXT).header("X-Content-Type-Options", "nosniff")
                .body(line.getBytes(StandardCharsets.UTF_8));
    }

    /** Why a view parameter was refused, as the one line the answer says. */
    private static String reason(ViewAddress.Refusal refusal, LoadedDataset dataset) {
        String name = refusal.name();
        DatasetOverview period = dataset.sources().overview();
        return switch (refusal.reason()) {
            case NOT_A_DAY -> name + ": '" + refusal.echo() + "' is not a date (YYYY-MM-DD)";
            case OUTSIDE_PERIOD -> name + ": " + refusal.value() + " is outside the period " + period.periodFrom()
                    + " to " + period.periodTo();
            case NO_SUCH_STRIKE -> name + ": no strike '" + refusal.echo() + "' in this dataset";
            case NO_SUCH_REGION -> name + ": no region '" + refusal.echo() + "' in this dataset";
            case NOT_THIS_VERSION -> name + ": '" + refusal.echo() + "' is not the version shown";
            case NOT_A_LANGUAGE -> name + ": '" + refusal.echo() + "' is not a language of this map (expected "
                    + Languages.offered(dataset.description().languages()).stream().map(Languages::tag)
                    .collect(Collectors.joining(", ")) + ")";
        };
    }

    /** What a page would explain of a window of days (reversed, outside or past the period), refused here. */
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

    /** Digits only, in ASCII, above 0; more digits than fit are simply a width far above the cap. */
    private static Optional<String> widthProblem(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (!text.matches("[0-9]+")) {
            return Optional.of("width: '" + Echo.of(text) + "' is not a whole number of pixels");
        }
        return text.matches("0+") ? Optional.of("width: " + text + " must be above 0") : Optional.empty();
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
}
