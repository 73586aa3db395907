package org.strikemap.dataset;

import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.strikemap.basemap.BaseMapService;
import org.strikemap.launch.LaunchGeography;
import org.strikemap.launch.LaunchService;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.region.RegionService;
import org.strikemap.region.Regions;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.source.SourceService;
import org.strikemap.source.Sources;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeService;
import org.strikemap.strike.Strikes;

/**
 * The maps' drafts in the database: a whole map written or read at once, one record put or removed, each table
 * through its own feature's service. Runs in the caller's transaction: the loader writes one map per transaction, an
 * editor's save one record beside its revision, a publication reads one map in one snapshot.
 */
@Service
public class MapStore {

    /** A stored map: its key for the other tables, slug, place in the list, the folder hash last applied, archived. */
    public record StoredMap(int id, String slug, int position, String filesHash, boolean archived) {
    }

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

    public Optional<StoredMap> map(String slug) {
        return maps.find(slug).map(MapStore::stored);
    }

    /** The map's row locked until the caller's transaction ends: one publication or load of a map at a time. */
    public Optional<StoredMap> lock(String slug) {
        return maps.lock(slug).map(MapStore::stored);
    }

    /** Every stored map, archived ones too, in order. */
    public List<StoredMap> maps() {
        return maps.maps().stream().map(MapStore::stored).toList();
    }

    /** The content hash of the folder last applied to {@code slug}, if the map exists. */
    public Optional<String> storedHash(String slug) {
        return maps.find(slug).map(MapRepository.MapRow::hash);
    }

    /** Replaces the map {@code content.slug()} (or creates it) with {@code content}, listed at {@code position}. */
    public int replace(LoadedDataset content, int position) {
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
        return id;
    }

    /** A new map made in the browser, listed last: its words and outlines, no records yet. */
    public int create(LoadedDataset empty) {
        return replace(empty, maps.nextPosition());
    }

    /** Whether the map's reviewer must not be an author of what he publishes (on unless the map says otherwise). */
    public boolean twoPersonReview(String slug) {
        return maps.find(slug).map(row -> maps.twoPersonReview(row.id())).orElse(true);
    }

    public void archive(int map, boolean archived) {
        maps.archive(map, archived);
    }

    /** Records that the folder with content hash {@code hash} was applied to the map. */
    public void filesApplied(int map, String hash) {
        maps.filesApplied(map, hash);
    }

    public void put(int map, Strike strike) {
        strikes.put(map, strike);
    }

    public void put(int map, Claim claim) {
        sources.put(map, claim);
    }

    public void put(int map, Source source) {
        sources.put(map, source);
    }

    public void put(int map, LaunchSite site) {
        launch.put(map, site);
    }

    public void put(int map, Ring ring) {
        launch.put(map, ring);
    }

    /** Replaces the map's own words and framing (its dataset.csv). */
    public void put(int map, DatasetDescription words) {
        maps.deleteTexts(map);
        maps.insertTexts(map, words.pairs());
    }

    public void removeStrike(int map, String id) {
        strikes.remove(map, id);
    }

    public void removeClaim(int map, String id) {
        sources.removeClaim(map, id);
    }

    public void removeSource(int map, String id) {
        sources.removeSource(map, id);
    }

    public void removeSite(int map, String id) {
        launch.removeSite(map, id);
    }

    public void removeRing(int map, Ring ring) {
        launch.removeRing(map, ring);
    }

    /** The slugs of the stored maps, in their order. */
    public List<String> slugs() {
        return maps.maps().stream().map(MapRepository.MapRow::slug).toList();
    }

    /** Reads one stored map's draft whole. */
    public Optional<LoadedDataset> read(String slug) {
        return maps.find(slug).map(row -> {
            DatasetDescription description = DatasetDescription.of(maps.texts(row.id()));
            Strikes read = strikes.read(row.id());
            Sources reports = sources.read(row.id(), read.reportedFrom(), read.reportedTo());
            return new LoadedDataset(row.slug(), row.hash(), description, reports, read, regions.read(row.id()),
                    launch.read(row.id()), baseMap.read(row.id()));
        });
    }

    /** The map's own words and framing alone (its dataset.csv), without its records. */
    public DatasetDescription description(int map) {
        return DatasetDescription.of(maps.texts(map));
    }

    /** How many strikes the map's draft holds. */
    public int strikeCount(int map) {
        return jdbc.sql("select count(*) from strikes where map_id = ?").param(map).query(Integer.class).single();
    }

    /** The ids of the map's reports, for checking a citation without reading the whole map. */
    public java.util.Set<String> sourceIds(int map) {
        return java.util.Set.copyOf(jdbc.sql("select id from sources where map_id = ?").param(map).query(String.class).list());
    }

    /** The ids of the map's strikes, for checking a claim's subject without reading the whole map. */
    public java.util.Set<String> strikeIds(int map) {
        return java.util.Set.copyOf(jdbc.sql("select id from strikes where map_id = ?").param(map).query(String.class).list());
    }

    /** The map's regions alone, for checking a point against them without reading the whole map. */
    public Regions regions(int map) {
        return regions.read(map);
    }

    /** The map's launch geography alone. */
    public LaunchGeography launch(int map) {
        return launch.read(map);
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

    private static StoredMap stored(MapRepository.MapRow row) {
        return new StoredMap(row.id(), row.slug(), row.position(), row.hash(), row.archived());
    }
}
