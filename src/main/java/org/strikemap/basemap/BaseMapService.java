package org.strikemap.basemap;

import org.springframework.stereotype.Service;

/** Reads the backdrop as the last load left them; once per load. */
@Service
public class BaseMapService {

    private final BaseMapRepository repository;

    BaseMapService(BaseMapRepository repository) {
        this.repository = repository;
    }

    public BaseMap read() {
        return new BaseMap(repository.countries(), repository.places());
    }
}
