package org.strikemap.launch;

import org.springframework.stereotype.Service;

/** Writes and reads one map's launch geography (the map registry and the loader call it, in their transactions). */
@Service
public class LaunchService {

    private final LaunchRepository repository;

    LaunchService(LaunchRepository repository) {
        this.repository = repository;
    }

    public LaunchGeography read(int map) {
        return LaunchGeography.of(repository.sites(map), repository.rings(map), repository.areas(map));
    }

    public void write(int map, LaunchGeography launch) {
        repository.insert(map, launch);
    }

    public void delete(int map) {
        repository.delete(map);
    }
}
