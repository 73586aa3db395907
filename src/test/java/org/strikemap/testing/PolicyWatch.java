package org.strikemap.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Watches a browser page, and every frame in it, for Content-Security-Policy violations (the
 * {@code securitypolicyviolation} event and Chromium's console report of one), console errors, uncaught script
 * errors and failed loads, so a browser test can assert that the page ran under its policy with nothing blocked.
 */
public final class PolicyWatch {

    private static final String MARK = "securitypolicyviolation:";
    private static final String LISTENER = "document.addEventListener('securitypolicyviolation', e => console.error('"
            + MARK + " ' + e.violatedDirective + ' blocked ' + e.blockedURI + ' in ' + e.sourceFile + ':' + e.lineNumber"
            + " + ' ' + (e.sample || '')));";

    private final List<String> problems = new CopyOnWriteArrayList<>();

    private PolicyWatch() {
    }

    /** Starts watching; call before the page navigates. */
    public static PolicyWatch on(Page page) {
        PolicyWatch watch = new PolicyWatch();
        page.addInitScript(LISTENER);
        page.onConsoleMessage(message -> {
            // The browser's own favicon probe of a page with no icon is not the page's doing.
            if (message.type().equals("error") && !message.location().contains("/favicon.ico")) {
                watch.problems.add("console: " + message.text() + " (" + message.location() + ")");
            }
        });
        page.onPageError(error -> watch.problems.add("script error: " + error));
        page.onResponse(response -> {
            if (response.status() >= 400) {
                watch.problems.add("HTTP " + response.status() + " " + response.url());
            }
        });
        return watch;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public void assertClean() {
        assertThat(problems).as("CSP violations and console errors").isEmpty();
    }
}
