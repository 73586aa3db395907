package org.strikemap.basemap;

import java.util.List;

/** One load's backdrop: neighbouring countries and label places; immutable. */
public record BaseMap(List<Country> countries, List<Place> places) {

    public BaseMap {
        countries = List.copyOf(countries);
        places = List.copyOf(places);
    }
}
