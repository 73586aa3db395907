package org.strikemap.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.strikemap.testing.SeedMapBrowserTest;

/**
 * Sessions end when nobody is there, and not while a view is open: with a 1 s heartbeat and a 4 s idle timeout, a
 * view left alone for three times the timeout still answers on its first session, while a session whose view was
 * started and never heard from again, or whose tab was closed, is gone a few seconds after the timeout. Views
 * whose page has not answered are also capped (3 here): the oldest go first, and a browser's view is not among them.
 */
@TestPropertySource(properties = {"vaadin.heartbeatInterval=1", "strikemap.sessions.idle-timeout=4s",
        "server.tomcat.background-processor-delay=1s", "strikemap.views.max-unconfirmed=3"})
class SessionLifetimeBrowserTest extends SeedMapBrowserTest {

    private static final long IDLE_MILLIS = 4_000;
    private static final long HEARTBEAT_MILLIS = 1_000;
    /** Timeout, plus a pass of Tomcat's background thread, plus slack for a loaded machine. */
    private static final long GONE_WITHIN_MILLIS = IDLE_MILLIS + 6_000;

    @Autowired
    SessionLifetime sessions;

    @Autowired
    LiveViews views;

    @Test
    void aStartedViewNeverHeardFromAgainLosesItsSession() throws Exception {
        int before = sessions.live();
        assertThat(Http.setCookies(Http.get(port, Http.START_VIEW))).hasSize(1);
        assertThat(sessions.live()).isEqualTo(before + 1);
        waitUntil(() -> sessions.live() == before, GONE_WITHIN_MILLIS, "the idle session to end");
    }

    @Test
    void anOpenViewKeepsItsSessionWhileIdleAndAClosedOneLosesIt() throws Exception {
        int before = sessions.live();
        Page page = open("/");
        BrowserContext context = page.context();
        AtomicInteger heartbeats = new AtomicInteger();
        page.onResponse(response -> {
            if (response.url().contains("v-r=heartbeat")) {
                heartbeats.incrementAndGet();
            }
        });
        String session = sessionCookie(context);
        assertThat(sessions.live()).isEqualTo(before + 1);
        page.evaluate("window.stillTheSamePage = true"); // gone if Vaadin reloads the page for an expired session

        // Nobody touches the page; only the heartbeat talks to the server, until it has been answered for three idle
        // timeouts. (Playwright hands over the responses while it waits.)
        page.waitForCondition(() -> heartbeats.get() >= 3 * IDLE_MILLIS / HEARTBEAT_MILLIS);

        assertThat(sessions.live()).isEqualTo(before + 1);
        page.locator(".sm-list-button[data-strike='kharkiv-2024-01-02']").click();
        page.waitForCondition(() -> page.url().contains("strike=kharkiv-2024-01-02"));
        assertThat(page.evaluate("window.stillTheSamePage === true")).isEqualTo(true);
        assertThat(sessionCookie(context)).isEqualTo(session);

        context.close(); // the tab goes away: no more heartbeats
        waitUntil(() -> sessions.live() == before, GONE_WITHIN_MILLIS + 1_000, "the closed view's session to end");
    }

    @Test
    void viewsStartedAndNeverHeardFromAreCappedWithoutTouchingAnOpenView() throws Exception {
        int before = sessions.live();
        Page page = open("/");
        BrowserContext context = page.context();
        waitUntil(() -> views.waiting() == 0, 10_000, "the browser's page to answer its view's challenge");

        for (int i = 0; i < 6; i++) {
            assertThat(Http.setCookies(Http.get(port, Http.START_VIEW))).hasSize(1);
        }
        assertThat(views.waiting()).isEqualTo(3);
        assertThat(sessions.live()).isEqualTo(before + 1 + 3);
        page.locator(".sm-list-button[data-strike='kharkiv-2024-01-02']").click();
        page.waitForCondition(() -> page.url().contains("strike=kharkiv-2024-01-02"));

        context.close();
        waitUntil(() -> sessions.live() == before, GONE_WITHIN_MILLIS + 1_000, "every session to end");
    }

    private static String sessionCookie(BrowserContext context) {
        List<Cookie> cookies = context.cookies();
        return cookies.stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElseThrow();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, long millis, String what)
            throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("waited " + millis + " ms for " + what);
            }
            Thread.sleep(100);
        }
    }
}
