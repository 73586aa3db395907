package org.strikemap.launch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.DatasetCache;
import org.strikemap.dataset.DatasetVersion;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.RangeRing;
import tools.jackson.databind.json.JsonMapper;

/** Launch sites, their range rings and launch areas as GeoJSON, built once per load and cached. */
@Service
public class LaunchService {

    /** About 1 m: far finer than the rings' 1 km drawing tolerance. */
    static final int DECIMALS = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Snapshot(List<LaunchSite> sites, String rangeRings, String launchAreas) {
    }

    private final LaunchRepository repository;
    private final DatasetCache<Snapshot> snapshot;

    LaunchService(LaunchRepository repository, DatasetVersion version) {
        this.repository = repository;
        this.snapshot = new DatasetCache<>(version, this::build);
    }

    public List<LaunchSite> sites() {
        return snapshot.get().sites();
    }

    /** Polygons with properties center ([lon, lat]), centerName, radiusKm, label, by, source, quote. */
    public String rangeRingsFeatureCollection() {
        return snapshot.get().rangeRings();
    }

    /** The launch regions' outlines with properties id, name, nameUk. */
    public String launchAreasFeatureCollection() {
        return snapshot.get().launchAreas();
    }

    private Snapshot build() {
        List<LaunchSite> sites = List.copyOf(repository.sites());
        Map<String, LaunchSite> byId = sites.stream().collect(Collectors.toMap(LaunchSite::id, Function.identity()));
        List<GeoFeature> rings = new ArrayList<>();
        for (LaunchRepository.RangeRingRow ring : repository.rangeRings()) {
            LaunchSite site = byId.get(ring.launchSite());
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("center", List.of(site.point().lon(), site.point().lat()));
            properties.put("centerName", site.name());
            properties.put("radiusKm", ring.radiusKm());
            properties.put("label", ring.label());
            properties.put("by", ring.by());
            properties.put("source", ring.sourceId());
            properties.put("quote", ring.quote());
            String id = ring.launchSite() + "-" + (ring.radiusKm() == Math.rint(ring.radiusKm())
                    ? Long.toString((long) ring.radiusKm()) : Double.toString(ring.radiusKm())) + "km";
            rings.add(new GeoFeature(id, RangeRing.around(site.point(), ring.radiusKm()), properties));
        }
        List<GeoFeature> areas = new ArrayList<>();
        for (LaunchRepository.AreaRow area : repository.launchAreas()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", area.id());
            properties.put("name", area.name());
            properties.put("nameUk", area.nameUk());
            areas.add(new GeoFeature(area.id(), GeoJson.readGeometry(JSON.readTree(area.geometryJson())), properties));
        }
        return new Snapshot(sites, GeoJson.write(rings, DECIMALS), GeoJson.write(areas, DECIMALS));
    }
}
