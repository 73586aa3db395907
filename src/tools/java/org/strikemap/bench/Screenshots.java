package org.strikemap.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import org.strikemap.testing.Chromium;

/**
 * Screenshots of a running StrikeMap in headless Chromium, for the README and for review (src/bin/screenshot).
 * Arguments: base URL, output folder.
 */
public final class Screenshots {

    private Screenshots() {
    }

    public static void main(String[] args) {
        String base = args[0];
        Path out = Path.of(args[1]);
        try (Playwright playwright = Playwright.create()) {
            Browser browser = Chromium.launch(playwright);
            shoot(browser, base + "/?strike=kharkiv-2024-01-02", 1280, 800, false, out.resolve("screenshot.png"));
            shoot(browser, base + "/?date=2024-01-15", 1280, 800, false, out.resolve("screenshot-list.png"));
            shoot(browser, base + "/", 360, 740, true, out.resolve("screenshot-mobile.png"));
            shoot(browser, base + "/?strike=kharkiv-2024-01-02", 390, 844, false, out.resolve("screenshot-mobile-card.png"));
            shoot(browser, base + "/embed?strike=kharkiv-2024-01-02", 720, 560, false, out.resolve("screenshot-embed.png"));
            shoot(browser, base + "/embed?strike=kharkiv-2024-01-02", 360, 640, false, out.resolve("screenshot-embed-phone.png"));
            shoot(browser, base + "/?from=2024-01-01&to=2024-01-14", 1280, 800, false, out.resolve("screenshot-window.png"));
            shoot(browser, base + "/embed?from=2024-01-01&to=2024-01-14", 390, 844, false, out.resolve("screenshot-window-phone.png"));
            browser.close();
        }
    }

    private static void shoot(Browser browser, String url, int width, int height, boolean fullPage, Path file) {
        Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(width, height));
        page.navigate(url);
        page.waitForSelector(".lm-mark");
        page.waitForTimeout(800);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(fullPage));
        page.close();
        System.out.println("wrote " + file);
    }
}
