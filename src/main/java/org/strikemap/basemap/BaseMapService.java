package org.strikemap.basemap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.DatasetCache;
import org.strikemap.dataset.DatasetVersion;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import tools.jackson.databind.json.JsonMapper;

/** The map's backdrop as GeoJSON: neighbouring countries and label places, built once per load and cached. */
@Service
public class BaseMapService {

    static final int DECIMALS = 5;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Snapshot(String countries, String places) {
    }

    private final BaseMapRepository repository;
    private final DatasetCache<Snapshot> snapshot;

    BaseMapService(BaseMapRepository repository, DatasetVersion version) {
        this.repository = repository;
        this.snapshot = new DatasetCache<>(version, this::build);
    }

    /** Country outlines with properties name, iso. */
    public String countriesFeatureCollection() {
        return snapshot.get().countries();
    }

    /** Label points with properties name, nameUk, kind (capital, city, launch), country (ISO alpha-2). */
    public String placesFeatureCollection() {
        return snapshot.get().places();
    }

    private Snapshot build() {
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
        return new Snapshot(GeoJson.write(countries, DECIMALS), GeoJson.write(places, DECIMALS));
    }
}
