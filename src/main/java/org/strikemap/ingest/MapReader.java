package org.strikemap.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.strikemap.basemap.BaseMap;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.geo.Bounds;
import org.strikemap.launch.LaunchGeography;
import org.strikemap.region.Area;
import org.strikemap.region.Regions;
import org.strikemap.source.Sources;
import org.strikemap.strike.Strikes;

/**
 * Reads maps from files, checking every row: the folders of data/ (with the shared boundary library), or a map's own
 * files as {@link MapExport} writes them (a published version, a zip to import). Bad input fails with
 * {@link DatasetException} ({@code file:line: reason}) before anything is written anywhere.
 */
public final class MapReader {

    /** The boundary files a map's own files carry, under this folder. */
    public static final String BOUNDARIES = "boundaries/";
    /** The view of a new map without an area: the inhabited world. */
    public static final Bounds WORLD = new Bounds(-56, -170, 72, 180);

    private MapReader() {
    }

    /** Every map of a data folder, in order; the first bad folder fails them all. Each map's hash covers its folder. */
    public static List<LoadedDataset> folders(Path dataDir, Path boundariesDir) {
        BoundaryLibrary library = new BoundaryLibrary(boundariesDir);
        List<LoadedDataset> maps = new ArrayList<>();
        for (MapFolders.MapFolder folder : MapFolders.in(dataDir)) {
            maps.add(DatasetReader.read(MapFiles.folder(folder.path(), folder.prefix()), folder.slug(), library));
        }
        return maps;
    }

    /**
     * The outlines a new map with {@code words} draws from the library in {@code boundariesDir}: its area's regions,
     * the countries around its view, as a map with no records yet ({@code slug}); its hash is empty.
     */
    public static LoadedDataset empty(String slug, DatasetDescription words, Path boundariesDir) {
        MapOutlines outlines = new MapOutlines(new BoundaryLibrary(boundariesDir), new ArrayList<>(),
                new RowReader.Description(words, null));
        return new LoadedDataset(slug, "", words, Sources.of(List.of(), List.of(), null, null), Strikes.of(List.of()),
                outlines.regions(), LaunchGeography.none(), new BaseMap(outlines.countries(), List.of()));
    }

    /** The countries (ISO 3166-1 alpha-2) whose regions the library in {@code boundariesDir} holds: a new map's areas. */
    public static List<String> areaCountries(Path boundariesDir) {
        return new BoundaryLibrary(boundariesDir).countriesWithRegions().stream().sorted().toList();
    }

    /**
     * Where a new map with {@code area} first looks: the extent of the area's regions in the library in
     * {@code boundariesDir}; for no area, {@link #WORLD} (its editors then set the view among the map's words).
     */
    public static Bounds viewOf(Area area, Path boundariesDir) {
        if (area.isNone()) {
            return WORLD;
        }
        BoundaryLibrary library = new BoundaryLibrary(boundariesDir);
        Envelope extent = new Envelope();
        for (String country : area.countries()) {
            library.regions(country, null).content().forEach(region -> extent.expandToInclude(region.outline().getEnvelopeInternal()));
        }
        return new Bounds(extent.getMinY(), extent.getMinX(), extent.getMaxY(), extent.getMaxX());
    }

    /**
     * A map from its own files, outlines included ({@link #BOUNDARIES}), named {@code slug}; errors name the files from
     * {@code prefix}. Its hash is its version: the same files always give the same one, whatever the slug.
     */
    public static LoadedDataset files(Map<String, byte[]> files, String slug, String prefix) {
        MapFiles all = MapFiles.of(files, prefix);
        return DatasetReader.read(all, slug, new BoundaryLibrary(all.below(BOUNDARIES)));
    }
}
