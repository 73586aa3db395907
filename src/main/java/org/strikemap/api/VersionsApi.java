package org.strikemap.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.VersionArchive;
import org.strikemap.map.VersionDiff;
import org.strikemap.strike.ReportedDate;

/**
 * {@code /api/maps/{slug}/versions} (and {@code /api/versions} for the default map): the map's published versions,
 * newest first, each with its note and what changed from the one before, strike by strike and field by field:
 * {@code [{version, publishedAt, note, changes: [{strike, field, from, to}]}]}. Public and cacheable: a new version is a
 * new answer within a minute.
 */
@RestController
class VersionsApi {

    private static final CacheControl MINUTE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();

    private final Datasets datasets;
    private final VersionArchive archive;

    VersionsApi(Datasets datasets, VersionArchive archive) {
        this.datasets = datasets;
        this.archive = archive;
    }

    @GetMapping({"/api/versions", "/api/maps/{slug}/versions"})
    ResponseEntity<List<Map<String, Object>>> versions(@PathVariable(required = false) String slug) {
        LoadedDataset map = Maps.of(datasets, slug);
        List<Map<String, Object>> versions = archive.log(map.slug()).stream().map(VersionsApi::version).toList();
        return ResponseEntity.ok().cacheControl(MINUTE).eTag("\"" + map.version() + "\"").body(versions);
    }

    private static Map<String, Object> version(VersionArchive.Published published) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", published.version());
        json.put("publishedAt", published.publishedAt().toString());
        json.put("note", published.note());
        List<Map<String, Object>> changes = new java.util.ArrayList<>();
        for (VersionDiff.StrikeChange change : published.changes()) {
            if (change.kind() != VersionDiff.Kind.CHANGED) {
                changes.add(change(change.strike().id(), change.kind().name().toLowerCase(), null, null));
                continue;
            }
            change.fields().forEach(field -> changes.add(change(change.strike().id(),
                    field.field().name().toLowerCase().replace('_', '-'), value(field.from()), value(field.to()))));
        }
        json.put("changes", changes);
        return json;
    }

    private static Map<String, Object> change(String strike, String field, Object from, Object to) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("strike", strike);
        json.put("field", field);
        json.put("from", from);
        json.put("to", to);
        return json;
    }

    /** A field's value as data: a date as {from, to, precision}, words by language, codes as the files spell them. */
    private static Object value(Object value) {
        return switch (value) {
            case ReportedDate date -> {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("from", date.from().toString());
                json.put("to", date.to() == null ? null : date.to().toString());
                json.put("precision", date.precision().code());
                yield json;
            }
            case org.strikemap.i18n.Text text -> text.byLanguage();
            case org.strikemap.strike.StrikeStatus status -> status.code();
            case org.strikemap.strike.LocationPrecision precision -> precision.code();
            case org.strikemap.geo.GeoPoint point -> List.of(point.lon(), point.lat());
            case null, default -> value == null ? null : value.toString();
        };
    }
}
