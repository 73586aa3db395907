package org.strikemap.picture;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.LocalDate;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.share.Echo;
import org.strikemap.share.ViewParameters;
import org.strikemap.map.TimeWindow;
import org.strikemap.source.DatasetOverview;

/**
 * {@code GET /embed.png?date=YYYY-MM-DD&strike=<id>&width=<px>&lang=en|uk} (or {@code from=&to=} for a window instead of
 * {@code date}): the map as a PNG for link previews, the embed's
 * fallback and the Share dialog's download. Every parameter is optional: the last day of the period, no strike
 * marked, 1200 px wide. A width above {@link MapPicture#MAX_WIDTH} is drawn at that width and one below
 * {@link MapPicture#MIN_WIDTH} at that; a bad value gets 400 with a one-line plain-text reason: the parameters are
 * read as strictly as the pages read them ({@link ViewParameters}: no stray spaces, ASCII digits, a language the map
 * is written in). No session, no cookie: the picture loads from any site.
 */
@RestController
class PictureApi {

    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

    private final Datasets datasets;
    private final Pictures pictures;

    PictureApi(Datasets datasets, Pictures pictures) {
        this.datasets = datasets;
        this.pictures = pictures;
    }

    @GetMapping("/embed.png")
    ResponseEntity<byte[]> picture(@RequestParam(required = false) String date,
                                   @RequestParam(required = false) String strike,
                                   @RequestParam(required = false) String width,
                                   @RequestParam(required = false) String from,
                                   @RequestParam(required = false) String to,
                                   @RequestParam(required = false) String lang) {
        LoadedDataset dataset = datasets.current();
        DatasetOverview period = dataset.sources().overview();
        // The same strict reading as the pages (share.ViewParameters); a repeated parameter comes joined by a comma,
        // which no valid value has.
        Map<String, String> asked = new HashMap<>();
        asked.put("date", date);
        asked.put("strike", strike);
        asked.put("from", from);
        asked.put("to", to);
        asked.put(Languages.PARAMETER, lang);
        ViewParameters.Checked checked = ViewParameters.check(asked::get, ViewParameters.Known.of(dataset));
        Optional<String> refused = checked.refused().stream().findFirst().map(refusal -> reason(refusal, period))
                .or(() -> widthProblem(width));
        MapPicture picture = pictures.picture(dataset);
        if (refused.isEmpty()) {
            Map<String, String> valid = checked.valid().parameters();
            try {
                picture = picture.in(Messages.of(ViewParameters.language(valid.get(Languages.PARAMETER))
                        .orElse(Languages.ENGLISH)));
                if (valid.containsKey("date")) {
                    picture = picture.on(LocalDate.parse(valid.get("date")));
                }
                if (valid.containsKey("from") || valid.containsKey("to")) {
                    picture = picture.within(window(valid.get("from"), valid.get("to"), period));
                }
                if (valid.containsKey("strike")) {
                    picture = picture.highlighting(dataset.strikes().find(valid.get("strike")).orElseThrow());
                }
                if (width != null && !width.isEmpty()) {
                    picture = picture.width(width.length() > 9 ? MapPicture.MAX_WIDTH : Integer.parseInt(width));
                }
            } catch (IllegalArgumentException e) {
                refused = Optional.of(e.getMessage());
            }
        }
        if (refused.isPresent()) {
            // The message quotes the request (cut, with markup and quotes escaped): plain text, never sniffed.
            return ResponseEntity.status(HttpStatus.BAD_REQUEST).contentType(TEXT).header("X-Content-Type-Options", "nosniff")
                    .body(refused.get().getBytes(StandardCharsets.UTF_8));
        }
        byte[] png = pictures.png(dataset, picture);
        PictureCache.Key key = Pictures.keyOf(dataset, picture);
        // Spring answers a matching If-None-Match with 304 from this ETag.
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(FIVE_MINUTES).eTag(etag(dataset, key))
                .body(png);
    }

    /** Why a view parameter was refused, as the one line the answer says. */
    private static String reason(ViewParameters.Refusal refusal, DatasetOverview period) {
        String name = refusal.name();
        return switch (refusal.reason()) {
            case NOT_A_DAY -> name + ": '" + refusal.echo() + "' is not a date (YYYY-MM-DD)";
            case OUTSIDE_PERIOD -> name + ": " + refusal.value() + " is outside the period " + period.periodFrom() + " to "
                    + period.periodTo();
            case NO_SUCH_STRIKE -> name + ": no strike '" + refusal.echo() + "' in this dataset";
            case NO_SUCH_REGION -> name + ": no region '" + refusal.echo() + "' in this dataset";
            case NOT_A_LANGUAGE -> name + ": '" + refusal.echo() + "' is not a language of this map (expected "
                    + Languages.ALL.stream().map(Languages::tag).collect(Collectors.joining(", ")) + ")";
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

    /** A from–to window of the period; a missing end is the period's; a window reaching past the period is refused. */
    private static TimeWindow window(String from, String to, DatasetOverview period) {
        LocalDate first = from == null ? period.periodFrom() : inPeriod("from", LocalDate.parse(from), period);
        LocalDate last = to == null ? period.periodTo() : inPeriod("to", LocalDate.parse(to), period);
        if (first == null || last == null) {
            throw new IllegalArgumentException("from, to: no period is loaded");
        }
        if (first.isAfter(last)) {
            throw new IllegalArgumentException("from: " + first + " is after to " + last);
        }
        return TimeWindow.between(first, last);
    }

    private static LocalDate inPeriod(String name, LocalDate day, DatasetOverview period) {
        if (period.periodFrom() != null && (day.isBefore(period.periodFrom()) || day.isAfter(period.periodTo()))) {
            throw new IllegalArgumentException(name + ": " + day + " is outside the period " + period.periodFrom() + " to "
                    + period.periodTo());
        }
        return day;
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
