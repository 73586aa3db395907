package org.strikemap.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Debian's Chromium driven by Playwright, headless and with no network chatter of its own. */
public final class Chromium {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Chromium() {
    }

    public static boolean available() {
        return Files.isExecutable(EXECUTABLE);
    }

    public static Browser launch(Playwright playwright) {
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage")));
    }

    /** True when the optimised frontend bundle was built (the browser tests need it; see src/bin/test). */
    public static boolean productionBundleBuilt() {
        return Chromium.class.getResource("/META-INF/VAADIN/webapp/index.html") != null;
    }
}
