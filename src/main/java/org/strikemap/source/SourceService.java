package org.strikemap.source;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/** Writes and reads one map's reports and claims (the map registry and the loader call it, in their transactions). */
@Service
public class SourceService {

    private final SourceRepository repository;

    SourceService(SourceRepository repository) {
        this.repository = repository;
    }

    /** {@code periodFrom..periodTo}: the span of the map's reported strikes, see {@link Sources#of}. */
    public Sources read(int map, LocalDate periodFrom, LocalDate periodTo) {
        return Sources.of(repository.sources(map), repository.claims(map), periodFrom, periodTo);
    }

    /** The reports first, then the claims citing them. */
    public void write(int map, Sources sources) {
        repository.insertSources(map, sources.all());
        repository.insertClaims(map, sources.claims());
    }

    /** Claims first, then the reports; call after deleting every other row that cites a report. */
    public void deleteClaims(int map) {
        repository.deleteClaims(map);
    }

    public void deleteSources(int map) {
        repository.deleteSources(map);
    }

    /** Writes one report of the map's draft over the stored one with its id (or adds it last). */
    public void put(int map, Source source) {
        repository.putSource(map, source);
    }

    public void put(int map, Claim claim) {
        repository.putClaim(map, claim);
    }

    public void removeSource(int map, String id) {
        repository.removeSource(map, id);
    }

    public void removeClaim(int map, String id) {
        repository.removeClaim(map, id);
    }
}
