package org.strikemap.strike;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Service;
import org.strikemap.dataset.DatasetCache;
import org.strikemap.dataset.DatasetVersion;
import org.strikemap.geo.GeoFeature;
import org.strikemap.geo.GeoJson;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.source.SourceService;

/**
 * The strikes with their claims and sources, cached in memory until the next load, and their GeoJSON.
 * Limits: the whole dataset is held in memory (it is small); filtering is a linear scan.
 */
@Service
public class StrikeService {

    /** Strike points are stored with 4 decimals; 5 keep them exactly. */
    static final int POINT_DECIMALS = 5;

    private record Snapshot(List<Strike> strikes, Map<String, Strike> byId, Map<String, String> regionNames) {
    }

    private final StrikeRepository repository;
    private final SourceService sources;
    private final DatasetCache<Snapshot> snapshot;

    StrikeService(StrikeRepository repository, SourceService sources, DatasetVersion version) {
        this.repository = repository;
        this.sources = sources;
        this.snapshot = new DatasetCache<>(version, this::build);
    }

    /** Every strike in file order. */
    public List<Strike> all() {
        return snapshot.get().strikes();
    }

    /** The strikes whose possible dates meet {@code from..to} (inclusive; a null bound is open), in file order. */
    public List<Strike> between(LocalDate from, LocalDate to) {
        return all().stream().filter(strike -> strike.date().overlaps(from, to)).toList();
    }

    public Optional<Strike> find(String id) {
        return Optional.ofNullable(snapshot.get().byId().get(id));
    }

    /** How many strikes are reported attacks with a place (incidents under investigation are not counted). */
    public int locatedAttackCount() {
        return (int) all().stream().filter(Strike::reported).count();
    }

    /** The GeoJSON FeatureCollection that /api/strikes returns for {@code strikes}. */
    public String featureCollection(List<Strike> strikes) {
        Map<String, String> regionNames = snapshot.get().regionNames();
        List<GeoFeature> features = new ArrayList<>();
        for (Strike strike : strikes) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", strike.id());
            properties.put("place", strike.place());
            properties.put("region", strike.regionCode());
            properties.put("regionName", regionNames.get(strike.regionCode()));
            properties.put("dateFrom", strike.date().from().toString());
            properties.put("dateTo", strike.date().to() == null ? null : strike.date().to().toString());
            properties.put("datePrecision", strike.date().precision().code());
            properties.put("dateLabel", strike.date().label());
            properties.put("locationPrecision", strike.locationPrecision().code());
            properties.put("status", strike.status().code());
            properties.put("distanceFromLaunchKm", Math.round(strike.distanceFromLaunchKm() * 10) / 10.0);
            properties.put("claims", strike.claims().stream().map(Claim::toJson).toList());
            properties.put("sources", strike.sources().stream().map(Source::toJson).toList());
            Coordinate position = new Coordinate(strike.point().lon(), strike.point().lat());
            features.add(new GeoFeature(strike.id(), GeoJson.WGS84.createPoint(position), properties));
        }
        return GeoJson.write(features, POINT_DECIMALS);
    }

    private Snapshot build() {
        List<Strike> strikes = new ArrayList<>();
        Map<String, Strike> byId = new LinkedHashMap<>();
        for (StrikeRepository.Row row : repository.strikes()) {
            List<Claim> claims = sources.claimsAbout(row.id());
            TreeSet<String> cited = new TreeSet<>();
            cited.add(row.sourceId());
            claims.forEach(claim -> cited.add(claim.sourceId()));
            List<Source> citedSources = cited.stream().map(sources::find).flatMap(Optional::stream).toList();
            Strike strike = new Strike(row.id(), row.place(), row.regionCode(), row.point(), row.locationPrecision(),
                    row.date(), row.status(), row.distanceFromLaunchKm(), row.sourceId(), row.quote(), row.note(), claims,
                    citedSources);
            strikes.add(strike);
            byId.put(strike.id(), strike);
        }
        return new Snapshot(List.copyOf(strikes), Map.copyOf(byId), Map.copyOf(repository.regionNames()));
    }
}
