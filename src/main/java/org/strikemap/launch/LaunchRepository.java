package org.strikemap.launch;

import java.util.List;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.TextJson;
import org.strikemap.source.Citation;
import tools.jackson.databind.json.JsonMapper;

/** One map's launch sites, range rings and launch-area outlines: what a load writes and what the map reads back. */
@Repository
class LaunchRepository {

    static final String AREA_KIND = "launch-area";
    /** Outline coordinates are kept to 5 decimals (about 1 m). */
    private static final int DECIMALS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    LaunchRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    List<LaunchSite> sites(int map) {
        return jdbc.sql("""
                select id, name, lat, lon, area, claimed_by, source_id, quote
                from launch_sites where map_id = ? order by position""")
                .param(map)
                .query((rs, n) -> new LaunchSite(rs.getString(1), TextJson.read(rs.getString(2)),
                        new GeoPoint(rs.getDouble(3), rs.getDouble(4)), rs.getString(5), rs.getString(6),
                        new Citation(rs.getString(7), rs.getString(8))))
                .list();
    }

    List<Ring> rings(int map) {
        return jdbc.sql("""
                select launch_site, radius_km, label, claimed_by, source_id, quote
                from range_rings where map_id = ? order by position""")
                .param(map)
                .query((rs, n) -> new Ring(rs.getString(1), rs.getDouble(2), TextJson.read(rs.getString(3)),
                        rs.getString(4), new Citation(rs.getString(5), rs.getString(6))))
                .list();
    }

    List<LaunchArea> areas(int map) {
        return jdbc.sql("select id, name, geojson from areas where map_id = ? and kind = ? order by position")
                .params(map, AREA_KIND)
                .query((rs, n) -> new LaunchArea(rs.getString(1), TextJson.read(rs.getString(2)),
                        GeoJson.readGeometry(JSON.readTree(rs.getString(3)))))
                .list();
    }

    void insert(int map, LaunchGeography launch) {
        List<LaunchArea> areas = launch.areas();
        batch.batchUpdate("insert into areas (map_id, kind, id, position, name, iso, geojson) values (?, ?, ?, ?, ?, null, ?)",
                IntStream.range(0, areas.size()).mapToObj(i -> new Object[] {map, AREA_KIND, areas.get(i).id(), i,
                        TextJson.write(areas.get(i).name()), GeoJson.geometryText(areas.get(i).outline(), DECIMALS)})
                        .toList());
        List<LaunchSite> sites = launch.sites();
        batch.batchUpdate("""
                insert into launch_sites (map_id, id, position, name, lat, lon, area, claimed_by, source_id, quote)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", IntStream.range(0, sites.size()).mapToObj(i -> {
                    LaunchSite site = sites.get(i);
                    return new Object[] {map, site.id(), i, TextJson.write(site.name()), site.point().lat(),
                            site.point().lon(), site.area(), site.by(), site.citation().sourceId(), site.citation().quote()};
                }).toList());
        List<Ring> rings = launch.rings();
        batch.batchUpdate("""
                insert into range_rings (map_id, launch_site, radius_km, position, label, claimed_by, source_id, quote)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", IntStream.range(0, rings.size()).mapToObj(i -> {
                    Ring ring = rings.get(i);
                    return new Object[] {map, ring.launchSite(), ring.radiusKm(), i, TextJson.write(ring.label()),
                            ring.by(), ring.citation().sourceId(), ring.citation().quote()};
                }).toList());
    }

    /** Writes one launch site in place (rings are drawn around it, so it is updated, never deleted first), or adds it. */
    void putSite(int map, LaunchSite site) {
        int updated = jdbc.sql("""
                update launch_sites set name = ?, lat = ?, lon = ?, area = ?, claimed_by = ?, source_id = ?, quote = ?
                where map_id = ? and id = ?""").params(TextJson.write(site.name()), site.point().lat(), site.point().lon(),
                site.area(), site.by(), site.citation().sourceId(), site.citation().quote(), map, site.id()).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into launch_sites (map_id, id, position, name, lat, lon, area, claimed_by, source_id, quote)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""").params(map, site.id(), position("launch_sites", map, "id = ?",
                    site.id()), TextJson.write(site.name()), site.point().lat(), site.point().lon(), site.area(), site.by(),
                    site.citation().sourceId(), site.citation().quote()).update();
        }
    }

    void removeSite(int map, String id) {
        jdbc.sql("delete from launch_sites where map_id = ? and id = ?").params(map, id).update();
    }

    void putRing(int map, Ring ring) {
        Integer position = jdbc.sql("select position from range_rings where map_id = ? and launch_site = ? and radius_km = ?")
                .params(map, ring.launchSite(), ring.radiusKm()).query(Integer.class).optional()
                .orElseGet(() -> next("range_rings", map));
        removeRing(map, ring.launchSite(), ring.radiusKm());
        jdbc.sql("""
                insert into range_rings (map_id, launch_site, radius_km, position, label, claimed_by, source_id, quote)
                values (?, ?, ?, ?, ?, ?, ?, ?)""").params(map, ring.launchSite(), ring.radiusKm(), position,
                TextJson.write(ring.label()), ring.by(), ring.citation().sourceId(), ring.citation().quote()).update();
    }

    void removeRing(int map, String launchSite, double radiusKm) {
        jdbc.sql("delete from range_rings where map_id = ? and launch_site = ? and radius_km = ?")
                .params(map, launchSite, radiusKm).update();
    }

    private int position(String table, int map, String where, String id) {
        return jdbc.sql("select position from " + table + " where map_id = ? and " + where).params(map, id)
                .query(Integer.class).optional().orElseGet(() -> next(table, map));
    }

    private int next(String table, int map) {
        return jdbc.sql("select coalesce(max(position), -1) + 1 from " + table + " where map_id = ?").param(map)
                .query(Integer.class).single();
    }

    void delete(int map) {
        jdbc.sql("delete from range_rings where map_id = ?").param(map).update();
        jdbc.sql("delete from launch_sites where map_id = ?").param(map).update();
        jdbc.sql("delete from areas where map_id = ? and kind = ?").params(map, AREA_KIND).update();
    }
}
