package org.strikemap.ui.embed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.download.DataFile;
import org.strikemap.download.MapDownloads;
import org.strikemap.map.ShownMaps;
import org.strikemap.geo.GeoJson;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.map.Layer;
import org.strikemap.map.MapLayers;
import org.strikemap.picture.Pictures;
import org.strikemap.strike.Strike;
import org.strikemap.ui.StrikeExplorer;

/**
 * Writes the embed of the current dataset as a folder of static files — {@code index.html}, the hashed assets and
 * the versioned layers, {@code embed.png} for readers without scripts and the map's data ({@code strikes.csv},
 * {@code strikes.geojson}, {@code data.zip}, linked as "Get the data") — that any static host or CDN serves with
 * no Java server: the same page {@code /embed} serves, opening on an optional day and strike. Limits: no link-preview tags (they need the public address) and
 * no link to the full map unless one is given; an existing folder is written over, not emptied.
 */
public final class StaticPublisher {

    private static final Logger log = LoggerFactory.getLogger(StaticPublisher.class);

    /**
     * What to publish: the folder, and optionally a map's slug (else the default map), a published version of it
     * (else the latest), a day, a strike, the full map's public URL and a language; null for each one not given.
     * {@code Request.to(folder).day("2024-01-02")}.
     */
    public record Request(Path folder, String map, String version, String day, String strike, String fullMapUrl,
                          String language) {

        public static Request to(Path folder) {
            return new Request(folder, null, null, null, null, null, null);
        }

        public Request map(String slug) {
            return new Request(folder, slug, version, day, strike, fullMapUrl, language);
        }

        public Request version(String published) {
            return new Request(folder, map, published, day, strike, fullMapUrl, language);
        }

        public Request day(String isoDay) {
            return new Request(folder, map, version, isoDay, strike, fullMapUrl, language);
        }

        public Request strike(String id) {
            return new Request(folder, map, version, day, id, fullMapUrl, language);
        }

        public Request fullMapUrl(String url) {
            return new Request(folder, map, version, day, strike, url, language);
        }

        public Request language(String tag) {
            return new Request(folder, map, version, day, strike, fullMapUrl, tag);
        }
    }

    private final StrikeExplorer.Factory explorers;
    private final EmbedAssets assets;
    private final MapLayers layers;
    private final Pictures pictures;
    private final MapDownloads downloads;

    StaticPublisher(StrikeExplorer.Factory explorers, EmbedAssets assets, MapLayers layers, Pictures pictures,
                    MapDownloads downloads) {
        this.explorers = explorers;
        this.assets = assets;
        this.layers = layers;
        this.pictures = pictures;
        this.downloads = downloads;
    }

    private static Messages language(String tag, LoadedDataset map) {
        if (tag == null || tag.isBlank()) {
            return Messages.english();
        }
        List<Locale> offered = Languages.offered(map.description().languages());
        return Messages.of(Languages.named(tag, map.description().languages()).orElseThrow(() ->
                new IllegalArgumentException("'" + tag + "' is not one of the map's languages "
                        + offered.stream().map(Languages::tag).toList())));
    }

    /** Writes the folder; a day outside the dataset's period or an unknown strike is refused before anything is written. */
    public Path publish(Request request) {
        String slug = request.map() == null || request.map().isBlank() ? null : request.map().strip();
        LoadedDataset latest = explorers.dataset(slug).orElseThrow(() -> new IllegalArgumentException("no map '" + slug
                + "'; the maps are " + String.join(", ", explorers.slugs())));
        String version = request.version() == null || request.version().isBlank() ? null : request.version().strip();
        LoadedDataset dataset = explorers.shown(latest.slug(), version).map(ShownMaps.Shown::map).orElseThrow(() ->
                new IllegalArgumentException("no version '" + version + "' of the map '" + latest.slug()
                        + "' in this database (the latest is " + latest.version() + ")"));
        var overview = dataset.sources().overview();
        LocalDate day = null;
        if (request.day() != null && !request.day().isBlank()) {
            try {
                day = LocalDate.parse(request.day());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + request.day() + "' is not a date (YYYY-MM-DD)");
            }
            if (day.isBefore(overview.periodFrom()) || day.isAfter(overview.periodTo())) {
                throw new IllegalArgumentException(day + " is outside the dataset's period (" + overview.periodFrom()
                        + " to " + overview.periodTo() + ")");
            }
        }
        Messages words = language(request.language(), dataset);
        String strike = request.strike() == null || request.strike().isBlank() ? null : request.strike();
        Strike marked = strike == null ? null : dataset.strikes().find(strike)
                .orElseThrow(() -> new IllegalArgumentException("no strike '" + strike + "' in this dataset"));
        try {
            Path folder = Files.createDirectories(request.folder());
            String html = EmbedHtml.render(dataset, EmbedSetup.of(explorers.setup(dataset, words), request.fullMapUrl(),
                    new EmbedSetup.Defaults(day, strike), words), assets.manifest(), "", "embed.png",
                    DataFile.CSV.fileName(), words);
            Files.writeString(folder.resolve("index.html"), html, StandardCharsets.UTF_8);
            Files.write(folder.resolve(EmbedPage.ICON), EmbedPage.icon());
            Files.write(folder.resolve("embed.png"), pictures.png(dataset, day, marked, words));
            // "Get the data" beside the credit: the version published, as the server's downloads give it.
            for (DataFile file : DataFile.values()) {
                try (var out = Files.newOutputStream(folder.resolve(file.fileName()))) {
                    downloads.write(dataset, file, out);
                }
            }
            Path assetFolder = Files.createDirectories(folder.resolve(EmbedAssets.FOLDER));
            for (Map.Entry<String, byte[]> file : assets.files().entrySet()) {
                Files.write(assetFolder.resolve(file.getKey()), file.getValue());
            }
            for (var language : Languages.offered(dataset.description().languages())) {
                for (Layer layer : Layer.values()) {
                    Path target = folder.resolve(layer.path(dataset.version(), Languages.tag(language)));
                    Files.createDirectories(target.getParent());
                    Files.write(target, GeoJson.writeBytes(layers.features(dataset, layer, Messages.of(language)),
                            layer.decimals()));
                }
            }
            log.info("Published the embed of dataset {} to {}", dataset.version(), folder.toAbsolutePath());
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
