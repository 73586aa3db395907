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

    /** Writes one launch site of the map's draft over the stored one with its id (or adds it last). */
    public void put(int map, LaunchSite site) {
        repository.putSite(map, site);
    }

    /** Writes one ring over the stored one around the same site with the same radius (or adds it last). */
    public void put(int map, Ring ring) {
        repository.putRing(map, ring);
    }

    public void removeSite(int map, String id) {
        repository.removeSite(map, id);
    }

    public void removeRing(int map, Ring ring) {
        repository.removeRing(map, ring.launchSite(), ring.radiusKm());
    }
}
