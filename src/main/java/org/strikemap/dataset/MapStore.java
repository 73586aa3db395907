package org.strikemap.dataset;

import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strikemap.basemap.BaseMapService;
import org.strikemap.launch.LaunchService;
import org.strikemap.region.RegionService;
import org.strikemap.source.SourceService;
import org.strikemap.source.Sources;
import org.strikemap.strike.StrikeService;
import org.strikemap.strike.Strikes;

/**
 * Writes a whole map into the database and reads it back, each table through its own feature's service. Runs in the
 * caller's transaction: the loader writes one map per transaction, the registry reads every map in one snapshot.
 */
@Service
public class MapStore {

    private final MapRepository maps;
    private final SourceService sources;
    private final StrikeService strikes;
    private final RegionService regions;
    private final LaunchService launch;
    private final BaseMapService baseMap;
    private final JdbcClient jdbc;

    MapStore(MapRepository maps, SourceService sources, StrikeService strikes, RegionService regions,
             LaunchService launch, BaseMapService baseMap, JdbcClient jdbc) {
        this.maps = maps;
        this.sources = sources;
        this.strikes = strikes;
        this.regions = regions;
        this.launch = launch;
        this.baseMap = baseMap;
        this.jdbc = jdbc;
    }

    /** Locks out other loaders until the caller's transaction ends. */
    public void lockLoads() {
        maps.lockLoads();
    }

    /** The content hash stored for {@code slug}, if the map exists. */
    public Optional<String> storedHash(String slug) {
        return maps.find(slug).map(MapRepository.MapRow::hash);
    }

    /** Replaces the map {@code content.slug()} (or creates it) with {@code content}, listed at {@code position}. */
    public void replace(LoadedDataset content, int position) {
        Optional<MapRepository.MapRow> stored = maps.find(content.slug());
        int id;
        if (stored.isPresent()) {
            id = stored.get().id();
            // Rows that cite others go first: claims, strikes and rings cite reports and regions.
            sources.deleteClaims(id);
            strikes.delete(id);
            launch.delete(id);
            baseMap.delete(id);
            regions.delete(id);
            sources.deleteSources(id);
            maps.deleteTexts(id);
            maps.update(id, position, content.hash());
        } else {
            id = maps.create(content.slug(), position, content.hash());
        }
        maps.insertTexts(id, content.description().pairs());
        sources.write(id, content.sources());
        regions.write(id, content.regions());
        baseMap.write(id, content.baseMap());
        launch.write(id, content.launch());
        strikes.write(id, content.strikes());
    }

    /** The slugs of the stored maps, in their order. */
    public List<String> slugs() {
        return maps.maps().stream().map(MapRepository.MapRow::slug).toList();
    }

    /** Reads one stored map whole. */
    public Optional<LoadedDataset> read(String slug) {
        return maps.find(slug).map(row -> {
            DatasetDescription description = DatasetDescription.of(maps.texts(row.id()));
            Strikes read = strikes.read(row.id());
            Sources reports = sources.read(row.id(), read.reportedFrom(), read.reportedTo());
            return new LoadedDataset(row.slug(), row.hash(), description, reports, read, regions.read(row.id()),
                    launch.read(row.id()), baseMap.read(row.id()));
        });
    }

    /**
     * Forces what was committed onto the disk. H2 (MVStore) keeps a commit in memory for up to its write delay (0.5 s),
     * so a crash right after a load could bring the old map back; PostgreSQL's commit is already durable.
     */
    public void makeDurable() {
        String product = jdbc.sql("select 1").query(
                (ResultSet rs) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName());
        if ("H2".equals(product)) {
            jdbc.sql("checkpoint sync").update();
        }
    }
}
