package org.strikemap.strike;

import org.springframework.stereotype.Service;

/** Writes and reads one map's strikes (the map registry and the loader call it, in their transactions). */
@Service
public class StrikeService {

    private final StrikeRepository repository;

    StrikeService(StrikeRepository repository) {
        this.repository = repository;
    }

    public Strikes read(int map) {
        return Strikes.of(repository.strikes(map));
    }

    public void write(int map, Strikes strikes) {
        repository.insert(map, strikes.all());
    }

    public void delete(int map) {
        repository.delete(map);
    }

    /** Writes one strike of the map's draft over the stored one with its id (or adds it last). */
    public void put(int map, Strike strike) {
        repository.put(map, strike);
    }

    public void remove(int map, String id) {
        repository.remove(map, id);
    }
}
