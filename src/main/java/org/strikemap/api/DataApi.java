package org.strikemap.api;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.regex.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.download.DataFile;
import org.strikemap.download.MapDownloads;
import org.strikemap.map.VersionArchive;

/**
 * "Get the data": {@code /api/maps/{slug}/data.zip} (the map's files in the format of data/&lt;slug&gt;/),
 * {@code …/strikes.geojson} and {@code …/strikes.csv}, of the default map also under {@code /api/}. {@code ?version=}
 * names a published version (16 hex digits; an unknown one is 404), which never changes, so the answer may be kept a
 * year ({@code immutable}, as the layers); without it the version readers see now, kept a minute, with its ETag.
 * Streamed, never held whole: the API's shallow ETags are off for these answers.
 */
@RestController
class DataApi {

    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    private static final CacheControl MINUTE = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic();
    private static final Pattern VERSION = Pattern.compile("[0-9a-f]{16}");

    private final Datasets datasets;
    private final VersionArchive archive;
    private final MapDownloads downloads;

    DataApi(Datasets datasets, VersionArchive archive, MapDownloads downloads) {
        this.datasets = datasets;
        this.archive = archive;
        this.downloads = downloads;
    }

    @GetMapping({"/api/data.zip", "/api/maps/{slug}/data.zip"})
    ResponseEntity<StreamingResponseBody> zip(@PathVariable(required = false) String slug,
                                              @RequestParam(required = false) String version,
                                              HttpServletRequest request, WebRequest web) {
        return answer(slug, version, DataFile.ZIP, request, web);
    }

    @GetMapping({"/api/strikes.geojson", "/api/maps/{slug}/strikes.geojson"})
    ResponseEntity<StreamingResponseBody> geoJson(@PathVariable(required = false) String slug,
                                                  @RequestParam(required = false) String version,
                                                  HttpServletRequest request, WebRequest web) {
        return answer(slug, version, DataFile.GEOJSON, request, web);
    }

    @GetMapping({"/api/strikes.csv", "/api/maps/{slug}/strikes.csv"})
    ResponseEntity<StreamingResponseBody> csv(@PathVariable(required = false) String slug,
                                              @RequestParam(required = false) String version,
                                              HttpServletRequest request, WebRequest web) {
        return answer(slug, version, DataFile.CSV, request, web);
    }

    private ResponseEntity<StreamingResponseBody> answer(String slug, String version, DataFile file,
                                                         HttpServletRequest request, WebRequest web) {
        LoadedDataset map = version(Maps.of(datasets, slug), version);
        ShallowEtagHeaderFilter.disableContentCaching(request);
        String etag = "\"" + map.version() + "-" + file.fileName() + "\"";
        if (web.checkNotModified(etag)) {
            return null;
        }
        return ResponseEntity.ok()
                .cacheControl(version == null ? MINUTE : FOREVER)
                .eTag(etag)
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.savedAs(map.slug(), map.version())).build().toString())
                .body(out -> downloads.write(map, file, out));
    }

    /** The map readers see now, or the published version {@code version} of it. */
    private LoadedDataset version(LoadedDataset current, String version) {
        if (version == null || version.equals(current.version())) {
            return current;
        }
        if (!VERSION.matcher(version).matches()) {
            throw ApiException.badRequest("version '" + ApiException.shorten(version)
                    + "' is not a version: 16 hexadecimal digits, as /api/maps/{slug}/versions lists them");
        }
        return archive.version(current.slug(), version).orElseThrow(() -> ApiException.notFound("map " + current.slug()
                + " has no version '" + version + "'"));
    }
}
