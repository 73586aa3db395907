package org.strikemap.basemap;

import org.springframework.stereotype.Service;

/** Writes and reads one map's backdrop (the map registry and the loader call it, in their transactions). */
@Service
public class BaseMapService {

    private final BaseMapRepository repository;

    BaseMapService(BaseMapRepository repository) {
        this.repository = repository;
    }

    public BaseMap read(int map) {
        return new BaseMap(repository.countries(map), repository.places(map));
    }

    public void write(int map, BaseMap baseMap) {
        repository.insert(map, baseMap);
    }

    public void delete(int map) {
        repository.delete(map);
    }
}
