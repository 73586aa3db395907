package org.strikemap.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the tests that drive the running app in headless Chromium: one browser per test class, started only
 * when Chromium and the production frontend bundle are there (src/bin/test provides both).
 */
public abstract class RealBrowserTest {

    private static Playwright playwright;
    protected static Browser browser;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Boolean.parseBoolean(System.getProperty("strikemap.browser.tests", "true")), "browser tests switched off");
        assumeTrue(Chromium.available(), "needs /usr/bin/chromium (src/bin/test installs it)");
        assumeTrue(Chromium.productionBundleBuilt(), "needs the production frontend bundle (run src/bin/test)");
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
        }
    }
}
