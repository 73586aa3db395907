package org.strikemap.region;

import org.springframework.stereotype.Service;

/** Writes and reads one map's regions (the map registry and the loader call it, in their transactions). */
@Service
public class RegionService {

    private final RegionRepository repository;

    RegionService(RegionRepository repository) {
        this.repository = repository;
    }

    public Regions read(int map) {
        return Regions.of(repository.regions(map));
    }

    public void write(int map, Regions regions) {
        repository.insert(map, regions.all());
    }

    public void delete(int map) {
        repository.delete(map);
    }
}
