package org.strikemap.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of the tests that drive a page in headless Chromium: one browser per test class, started only when Chromium
 * and the production frontend bundle are there (src/bin/test provides both), and pages in contexts of their own that
 * are closed after each test. A test of the app on a port of its own extends {@link AppBrowserTest}; this class alone
 * serves tests that start or serve something else (another app instance, a static folder).
 */
public abstract class RealBrowserTest {

    /** How long a wait or a retried assertion may take before it fails: generous, as the suite must pass on a busy machine. */
    private static final double WAIT_MILLIS = 60_000;

    private static Playwright playwright;
    protected static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Boolean.parseBoolean(System.getProperty("strikemap.browser.tests", "true")), "browser tests switched off");
        assumeTrue(Chromium.available(), "needs /usr/bin/chromium (src/bin/test installs it)");
        assumeTrue(Chromium.productionBundleBuilt(), "needs the production frontend bundle (run src/bin/test)");
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        PlaywrightAssertions.setDefaultAssertionTimeout(WAIT_MILLIS);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
            playwright.close();
            browser = null;
        }
    }

    /** A blank page in a browser context of its own (no cookies shared with other pages), closed after the test. */
    protected Page newPage(View view) {
        BrowserContext context = browser.newContext(view.contextOptions());
        context.setDefaultTimeout(WAIT_MILLIS);
        contexts.add(context);
        return context.newPage();
    }

    @AfterEach
    void closePages() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }
}
