package org.strikemap.ingest;

import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.strikemap.geo.GeoJson;
import org.strikemap.ingest.Dataset.AreaRow;
import org.strikemap.ingest.Dataset.ClaimRow;
import org.strikemap.ingest.Dataset.LaunchSiteRow;
import org.strikemap.ingest.Dataset.PlaceRow;
import org.strikemap.ingest.Dataset.RangeRingRow;
import org.strikemap.ingest.Dataset.RegionRow;
import org.strikemap.ingest.Dataset.SourceRow;
import org.strikemap.ingest.Dataset.StrikeRow;
import org.strikemap.ingest.Dataset.TextRow;

/** Replaces the database's dataset tables with a {@link Dataset}; must run inside the caller's transaction. */
final class DatasetWriter {

    /** Boundary coordinates are kept to 5 decimals (about 1 m): finer than the simplified outlines need. */
    static final int BOUNDARY_DECIMALS = 5;

    private final JdbcClient jdbc;

    DatasetWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The hash of the dataset in the database, locking its row until the transaction ends; null before any load. */
    String lockLoadedHash() {
        return jdbc.sql("select content_hash from dataset_load where id = 1 for update").query(String.class).optional()
                .orElse(null);
    }

    void replaceWith(Dataset dataset) {
        // Children first: the foreign keys point from claims and strikes to sources and regions.
        for (String table : List.of("claims", "strikes", "range_rings", "launch_sites", "places", "areas", "regions", "sources",
                "dataset_texts")) {
            jdbc.sql("delete from " + table).update();
        }
        insertTexts(dataset.texts());
        insertSources(dataset.sources());
        insertRegions(dataset.regions());
        insertAreas(dataset.areas());
        insertPlaces(dataset.places());
        insertLaunchSites(dataset.launchSites());
        insertRangeRings(dataset.rangeRings());
        insertStrikes(dataset.strikes());
        insertClaims(dataset.claims());
        jdbc.sql("""
                update dataset_load set content_hash = ?, loaded_at = ?, source_count = ?, strike_count = ?, claim_count = ?
                where id = 1""")
                .params(dataset.hash(), OffsetDateTime.now(ZoneOffset.UTC), dataset.sources().size(),
                        dataset.strikes().size(), dataset.claims().size())
                .update();
    }

    /**
     * Forces the committed load onto the disk. H2 (MVStore) keeps a commit in memory for up to its write delay (0.5 s),
     * so a crash right after a load could bring the old dataset back; PostgreSQL's commit is already durable.
     */
    void makeDurable() {
        String product = jdbc.sql("select 1").query(
                (ResultSet rs) -> rs.getStatement().getConnection().getMetaData().getDatabaseProductName());
        if ("H2".equals(product)) {
            jdbc.sql("checkpoint sync").update();
        }
    }

    private void insertTexts(List<TextRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            jdbc.sql("insert into dataset_texts (name, position, text_value) values (?, ?, ?)")
                    .params(rows.get(i).name(), i, rows.get(i).value())
                    .update();
        }
    }

    private void insertSources(List<SourceRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            SourceRow row = rows.get(i);
            jdbc.sql("insert into sources (id, position, file_name, outlet, headline, date_as_given, note) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(row.id(), i, row.file(), row.outlet(), row.headline(), row.dateAsGiven(), row.note())
                    .update();
        }
    }

    private void insertRegions(List<RegionRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            RegionRow row = rows.get(i);
            jdbc.sql("insert into regions (code, position, name, name_uk, source_name, geojson) values (?, ?, ?, ?, ?, ?)")
                    .params(row.code(), i, row.name(), row.nameUk(), row.sourceName(), geoJson(row.geometry()))
                    .update();
        }
    }

    private void insertAreas(List<AreaRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            AreaRow row = rows.get(i);
            jdbc.sql("insert into areas (kind, id, position, name, name_uk, iso, geojson) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(row.kind(), row.id(), i, row.name(), row.nameUk(), row.iso(), geoJson(row.geometry()))
                    .update();
        }
    }

    private void insertPlaces(List<PlaceRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            PlaceRow row = rows.get(i);
            jdbc.sql("insert into places (name, position, name_uk, lat, lon, kind, country, source_text) values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(row.name(), i, row.nameUk(), row.point().lat(), row.point().lon(), row.kind(), row.country(),
                            row.source())
                    .update();
        }
    }

    private void insertLaunchSites(List<LaunchSiteRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            LaunchSiteRow row = rows.get(i);
            jdbc.sql("""
                    insert into launch_sites (id, position, name, lat, lon, area, claimed_by, source_id, quote)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.id(), i, row.name(), row.point().lat(), row.point().lon(), row.area(), row.by(),
                            row.sourceId(), row.quote())
                    .update();
        }
    }

    private void insertRangeRings(List<RangeRingRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            RangeRingRow row = rows.get(i);
            jdbc.sql("""
                    insert into range_rings (launch_site, radius_km, position, label, claimed_by, source_id, quote)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.launchSite(), row.radiusKm(), i, row.label(), row.by(), row.sourceId(), row.quote())
                    .update();
        }
    }

    private void insertStrikes(List<StrikeRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            StrikeRow row = rows.get(i);
            jdbc.sql("""
                    insert into strikes (id, position, place, region_code, lat, lon, location_precision, date_from, date_to,
                        date_precision, status, distance_from_launch_km, source_id, quote, note)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.id(), i, row.place(), row.regionCode(), row.point().lat(), row.point().lon(),
                            row.locationPrecision().code(), row.date().from(), row.date().to(), row.date().precision().code(),
                            row.status().code(), row.distanceFromLaunchKm(), row.sourceId(), row.quote(), row.note())
                    .update();
        }
    }

    private void insertClaims(List<ClaimRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            ClaimRow row = rows.get(i);
            jdbc.sql("""
                    insert into claims (id, position, subject, kind, value_text, min_value, max_value, claim_text, claimed_by,
                        source_id, quote)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(row.id(), i, row.subject(), row.kind(), row.value(), row.min(), row.max(), row.text(), row.by(),
                            row.sourceId(), row.quote())
                    .update();
        }
    }

    private static String geoJson(Geometry geometry) {
        return GeoJson.geometryText(geometry, BOUNDARY_DECIMALS);
    }
}
