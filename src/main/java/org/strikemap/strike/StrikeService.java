package org.strikemap.strike;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.stereotype.Service;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.source.Sources;

/** Reads the strikes as the last load left them and attaches their claims and sources; once per load. */
@Service
public class StrikeService {

    private final StrikeRepository repository;

    StrikeService(StrikeRepository repository) {
        this.repository = repository;
    }

    public Strikes read(Sources sources) {
        List<Strike> strikes = new ArrayList<>();
        for (StrikeRepository.Row row : repository.strikes()) {
            List<Claim> claims = sources.claimsAbout(row.id());
            TreeSet<String> cited = new TreeSet<>();
            cited.add(row.sourceId());
            claims.forEach(claim -> cited.add(claim.sourceId()));
            List<Source> citedSources = cited.stream().map(sources::find).flatMap(Optional::stream).toList();
            strikes.add(new Strike(row.id(), row.place(), row.placeUk(), row.regionCode(), row.point(), row.locationPrecision(),
                    row.date(), row.status(), row.distanceFromLaunchKm(), row.sourceId(), row.quote(), row.note(), claims,
                    citedSources));
        }
        return Strikes.of(strikes);
    }
}
