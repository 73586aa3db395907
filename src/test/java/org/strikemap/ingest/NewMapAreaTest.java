package org.strikemap.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strikemap.geo.Bounds;
import org.strikemap.region.Area;
import org.strikemap.testing.TestDatabase;

/** What a new map made in the browser may cover, and where it first looks, from the boundary library of data/. */
class NewMapAreaTest {

    @Test
    void theAreasOnOfferAreTheCountriesWithRegionFiles() throws Exception {
        Path library = TestDatabase.boundaries();
        List<String> files;
        try (var listing = Files.list(library.resolve("regions"))) {
            files = listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".geojson"))
                    .map(name -> name.substring(0, 2)).sorted().toList();
        }
        assertThat(MapReader.areaCountries(library)).isEqualTo(files).contains("UA", "PL");
    }

    @Test
    void aNewMapLooksAtItsAreasRegions() {
        Bounds ukraine = MapReader.viewOf(Area.parse("UA"), TestDatabase.boundaries());
        // Ukraine spans about 44.4–52.4° N and 22.1–40.2° E (its mainland and Crimea).
        assertThat(ukraine.south()).isBetween(44.0, 45.0);
        assertThat(ukraine.north()).isBetween(52.0, 52.5);
        assertThat(ukraine.west()).isBetween(22.0, 22.5);
        assertThat(ukraine.east()).isBetween(40.0, 40.5);
        Bounds both = MapReader.viewOf(Area.parse("UA PL"), TestDatabase.boundaries());
        assertThat(both.west()).as("Poland reaches further west").isLessThan(15.0);
        assertThat(both.north()).as("and further north").isGreaterThan(54.0);
        assertThat(MapReader.viewOf(Area.none(), TestDatabase.boundaries())).isEqualTo(MapReader.WORLD);
    }
}
