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
}
