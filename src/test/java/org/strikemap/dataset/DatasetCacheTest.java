package org.strikemap.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DatasetCacheTest {

    /** A version that the test sets by hand instead of reading the database. */
    static final class FixedVersion extends DatasetVersion {
        String hash = "";

        FixedVersion() {
            super(null);
        }

        @Override
        public String current() {
            return hash;
        }
    }

    @Test
    void buildsLazilyOncePerDatasetVersion() {
        FixedVersion version = new FixedVersion();
        AtomicInteger builds = new AtomicInteger();
        DatasetCache<Integer> cache = new DatasetCache<>(version, builds::incrementAndGet);
        assertEquals(0, builds.get(), "nothing is built before the first get");
        assertEquals(1, cache.get());
        assertEquals(1, cache.get(), "same version, same value");
        version.hash = "abc";
        assertEquals(2, cache.get(), "a new load rebuilds");
        assertEquals(2, cache.get());
        assertEquals(2, builds.get());
    }
}
