package org.strikemap.basemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import tools.jackson.databind.json.JsonMapper;

/** The map's backdrop as GeoJSON: neighbouring countries and label places, built once per load and cached. */
@Service
public class BaseMapService {

    static final int DECIMALS = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Snapshot(String hash, String countries, String places) {
    }

    private final BaseMapRepository repository;
    private volatile Snapshot snapshot;

    BaseMapService(BaseMapRepository repository) {
        this.repository = repository;
    }

    /** Country outlines with properties name, iso. */
    public String countriesFeatureCollection() {
        return current().countries();
    }

    /** Label points with properties name, nameUk, kind (capital, city, launch), country (ISO alpha-2). */
    public String placesFeatureCollection() {
        return current().places();
    }

    private Snapshot current() {
        // Read the hash before the data: if a load commits in between, the next call sees a new hash and rebuilds.
        String hash = repository.datasetHash();
        Snapshot cached = snapshot;
        if (cached == null || !cached.hash().equals(hash)) {
            cached = build(hash);
            snapshot = cached;
        }
        return cached;
    }

    private Snapshot build(String hash) {
        List<GeoFeature> countries = new ArrayList<>();
        for (BaseMapRepository.CountryRow country : repository.countries()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", country.name());
            properties.put("iso", country.iso());
            countries.add(new GeoFeature(country.id(), GeoJson.readGeometry(JSON.readTree(country.geometryJson())), properties));
        }
        List<GeoFeature> places = new ArrayList<>();
        for (BaseMapRepository.PlaceRow place : repository.places()) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("name", place.name());
            properties.put("nameUk", place.nameUk());
            properties.put("kind", place.kind());
            properties.put("country", place.country());
            places.add(new GeoFeature(place.name(), GeoJson.WGS84.createPoint(new Coordinate(place.lon(), place.lat())), properties));
        }
        return new Snapshot(hash, GeoJson.write(countries, DECIMALS), GeoJson.write(places, DECIMALS));
    }
}
