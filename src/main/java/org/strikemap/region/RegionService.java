package org.strikemap.region;

import org.springframework.stereotype.Service;

/** Reads the regions with their outlines as the last load left them; once per load. */
@Service
public class RegionService {

    private final RegionRepository repository;

    RegionService(RegionRepository repository) {
        this.repository = repository;
    }

    public Regions read() {
        return Regions.of(repository.regions());
    }
}
