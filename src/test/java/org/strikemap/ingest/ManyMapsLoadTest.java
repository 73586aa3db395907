package org.strikemap.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.dataset.LoadedDataset;

/**
 * A data folder of several maps: each sub-folder is one map named by the folder, each written in its own
 * transaction; one bad folder stops the load before anything is written; an unchanged folder is not written again.
 */
class ManyMapsLoadTest {

    @TempDir
    Path temp;

    TestDatabase db;
    Path data;

    @BeforeEach
    void setUp() {
        db = TestDatabase.create();
        data = temp.resolve("data");
        TestDatabase.copy(Path.of("src/test/resources/dataset-other"), data.resolve("beta"));
        TestDatabase.copy(Path.of("src/test/resources/dataset"), data.resolve("alpha"));
    }

    @Test
    void eachFolderIsOneMapNamedByItInAlphabeticalOrder() {
        assertTrue(db.load(data));
        assertEquals(List.of("alpha", "beta"), db.jdbc().sql("select slug from maps order by position")
                .query(String.class).list());
        LoadedDataset alpha = db.read("alpha");
        LoadedDataset beta = db.read("beta");
        assertEquals("Fixture strikes on a test map", alpha.description().words().title().words());
        assertEquals("A second test map: strikes claimed from a border launch area",
                beta.description().words().title().words());
        assertEquals(4, alpha.strikes().all().size());
        assertEquals(4, beta.strikes().all().size());
        assertEquals(8, db.count("strikes"), "each map keeps its own rows");
        assertTrue(!alpha.version().equals(beta.version()), "two maps never share a version, so layer addresses differ");
    }

    @Test
    void aBadFolderStopsTheLoadAndEveryMapStaysAsItWas() {
        db.load(data);
        List<String> before = db.dump();
        TestDatabase.edit(data.resolve("alpha"), "strikes.csv", "Central Kharkiv", "Kharkiv centre");
        TestDatabase.edit(data.resolve("beta"), "strikes.csv", "2024-01-02", "2024-01-32");
        DatasetException e = assertThrows(DatasetException.class, () -> db.load(data));
        assertTrue(e.getMessage().startsWith("data/beta/strikes.csv:"), e.getMessage());
        assertEquals(before, db.dump(), "the good folder's change was not written either");
    }

    @Test
    void anUnchangedFolderIsNotWrittenAgain() {
        db.load(data);
        String betaLoaded = loadedAt("beta");
        String alphaLoaded = loadedAt("alpha");
        TestDatabase.edit(data.resolve("alpha"), "strikes.csv", "Central Kharkiv", "Kharkiv centre");
        assertTrue(db.load(data));
        assertEquals(betaLoaded, loadedAt("beta"));
        assertTrue(!alphaLoaded.equals(loadedAt("alpha")));
        assertEquals("Kharkiv centre", db.read("alpha").strikes().find("kharkiv-day").orElseThrow().location().place().words());
    }

    @Test
    void aFolderWhoseNameIsNoSlugIsRefused() throws Exception {
        Files.move(data.resolve("beta"), data.resolve("Beta Map"));
        DatasetException e = assertThrows(DatasetException.class, () -> db.load(data));
        assertEquals("data/Beta Map/: 'Beta Map' is not a map slug: lower-case letters, digits and hyphens inside, at most"
                + " 64 characters (it is the map's address: /maps/<slug>)", e.getMessage());
        assertEquals(0, db.count("maps"));
    }

    @Test
    void aFolderNamedAfterOneOfTheAppsOwnPagesIsRefusedAndChangesNothing() throws Exception {
        db.load(data);
        List<String> before = db.dump();
        TestDatabase.copy(Path.of("src/test/resources/dataset-other"), data.resolve("people"));
        DatasetException e = assertThrows(DatasetException.class, () -> db.load(data));
        assertTrue(e.getMessage().startsWith("data/people/: 'people' cannot name a map: it is kept for the app's"
                + " own pages, where a map's slug stands (/edit/people)"), e.getMessage());
        assertEquals(before, db.dump(), "no map was added or changed");
    }

    @Test
    void aMapWithoutAnAreaHasNoRegionsAndItsStrikesNone() {
        Path alpha = data.resolve("alpha");
        TestDatabase.edit(alpha, "dataset.csv", "area,UA", "area,");
        for (String region : List.of(",UA-63,", ",UA-30,", ",UA-23,", ",UA-32,")) {
            TestDatabase.edit(alpha, "strikes.csv", region, ",,");
        }
        db.load(data);
        LoadedDataset map = db.read("alpha");
        assertTrue(map.regions().all().isEmpty());
        assertTrue(map.strikes().all().stream().allMatch(strike -> strike.location().region() == null));
        assertTrue(map.description().area().isNone());
    }

    @Test
    void anAreaTheLibraryLacksNamesWhatItHas() {
        TestDatabase.edit(data.resolve("alpha"), "dataset.csv", "area,UA", "area,UA MD");
        DatasetException e = assertThrows(DatasetException.class, () -> db.load(data));
        assertEquals("data/alpha/dataset.csv:11: area MD has no regions in the boundary library (resources/boundaries/regions/"
                + " has UA)", e.getMessage());
    }

    private String loadedAt(String slug) {
        return db.jdbc().sql("select loaded_at from maps where slug = ?").param(slug).query(String.class).single();
    }
}
