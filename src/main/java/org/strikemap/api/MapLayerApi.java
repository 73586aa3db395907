package org.strikemap.api;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.strikemap.basemap.BaseMapService;
import org.strikemap.launch.LaunchService;
import org.strikemap.region.RegionService;

/** The map's other GeoJSON layers: regions with strike counts, range rings, launch areas, countries, places. */
@RestController
class MapLayerApi {

    private final RegionService regions;
    private final LaunchService launch;
    private final BaseMapService baseMap;

    MapLayerApi(RegionService regions, LaunchService launch, BaseMapService baseMap) {
        this.regions = regions;
        this.launch = launch;
        this.baseMap = baseMap;
    }

    @GetMapping("/api/regions")
    ResponseEntity<byte[]> regions(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        DateWindow window = DateWindow.parse(from, to);
        return GeoJsonResponses.of(regions.featureCollection(window.from(), window.to()));
    }

    @GetMapping("/api/range-rings")
    ResponseEntity<byte[]> rangeRings() {
        return GeoJsonResponses.of(launch.rangeRingsFeatureCollection());
    }

    @GetMapping("/api/launch-areas")
    ResponseEntity<byte[]> launchAreas() {
        return GeoJsonResponses.of(launch.launchAreasFeatureCollection());
    }

    @GetMapping("/api/countries")
    ResponseEntity<byte[]> countries() {
        return GeoJsonResponses.of(baseMap.countriesFeatureCollection());
    }

    @GetMapping("/api/places")
    ResponseEntity<byte[]> places() {
        return GeoJsonResponses.of(baseMap.placesFeatureCollection());
    }
}
