package org.strikemap.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Base of the browser tests of the app serving the seed map ({@link TestDatabase#useRealDataIn}), with a fresh database. */
public abstract class SeedMapBrowserTest extends AppBrowserTest {

    @DynamicPropertySource
    static void seedMap(DynamicPropertyRegistry registry) {
        TestDatabase.useRealDataIn(registry);
    }
}
