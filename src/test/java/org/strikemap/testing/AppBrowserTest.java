package org.strikemap.testing;

import com.microsoft.playwright.Page;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Base of the browser tests of the app on a random port: {@link #open} loads a path of it in a new page and waits
 * until the map is drawn and the page at rest (see {@link MapPage}), so a test starts from a page that no longer
 * moves. Which data the app reads is the subclass's one {@code @DynamicPropertySource} (the seed map: {@link
 * SeedMapBrowserTest}). Each class gets an app of its own, closed after it, as each used to: the apps count requests
 * per address and sessions, which must not carry over from one class to the next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext
public abstract class AppBrowserTest extends RealBrowserTest {

    @LocalServerPort
    protected int port;

    /** The address of {@code path} ("/", "/embed?date=…") on the app under test. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Opens {@code path} at the desktop size and waits until the map is drawn and the page at rest. */
    protected Page open(String path) {
        return open(path, View.DESKTOP);
    }

    /** Opens {@code path} in {@code view} and waits until the map is drawn and the page at rest. */
    protected Page open(String path, View view) {
        return navigate(newPage(view), path);
    }

    /** Loads {@code path} in {@code page} (one already watched, say); waits until the map is drawn and the page at rest. */
    protected Page navigate(Page page, String path) {
        page.navigate(url(path));
        MapPage.waitUntilDrawn(page);
        MapPage.waitUntilSettled(page);
        return page;
    }
}
