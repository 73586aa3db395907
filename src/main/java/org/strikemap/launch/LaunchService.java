package org.strikemap.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.strikemap.geo.GeoJson;
import org.strikemap.geo.RangeRing;
import tools.jackson.databind.json.JsonMapper;

/** Reads launch sites, range rings (drawn as geodesic circles) and launch areas as the last load left them; once per load. */
@Service
public class LaunchService {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final LaunchRepository repository;

    LaunchService(LaunchRepository repository) {
        this.repository = repository;
    }

    public LaunchGeography read() {
        List<LaunchSite> sites = repository.sites();
        Map<String, LaunchSite> byId = sites.stream().collect(Collectors.toMap(LaunchSite::id, Function.identity()));
        List<Ring> rings = new ArrayList<>();
        for (LaunchRepository.RangeRingRow row : repository.rangeRings()) {
            LaunchSite site = byId.get(row.launchSite());
            String id = row.launchSite() + "-" + (row.radiusKm() == Math.rint(row.radiusKm())
                    ? Long.toString((long) row.radiusKm()) : Double.toString(row.radiusKm())) + "km";
            rings.add(new Ring(id, site, row.radiusKm(), row.label(), row.labelUk(), row.by(), row.sourceId(), row.quote(),
                    RangeRing.around(site.point(), row.radiusKm())));
        }
        List<LaunchArea> areas = repository.launchAreas().stream()
                .map(row -> new LaunchArea(row.id(), row.name(), row.nameUk(),
                        GeoJson.readGeometry(JSON.readTree(row.geometryJson()))))
                .toList();
        return new LaunchGeography(sites, rings, areas);
    }
}
