package org.strikemap.testing;

import com.microsoft.playwright.Browser;
import java.util.Map;

/**
 * How a browser test opens a page: the window's size, whether it is a phone (touch and a mobile viewport, as
 * Chromium's device emulation does) and the browser's language. Limits: one language per view; no device pixel
 * ratio or user agent of its own.
 */
public record View(int width, int height, Device device, String language) {

    /** A desktop browser (mouse, no touch) or a phone (touch, a mobile viewport). */
    public enum Device {
        DESKTOP, PHONE
    }

    /** The window most browser tests use. */
    public static final View DESKTOP = desktop(1280, 800);

    public static View desktop(int width, int height) {
        return new View(width, height, Device.DESKTOP, null);
    }

    public static View phone(int width, int height) {
        return new View(width, height, Device.PHONE, null);
    }

    /** The same view in a browser set to the language {@code tag} (its locale and its Accept-Language header). */
    public View inLanguage(String tag) {
        return new View(width, height, device, tag);
    }

    Browser.NewContextOptions contextOptions() {
        boolean phone = device == Device.PHONE;
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, height)
                .setHasTouch(phone).setIsMobile(phone);
        if (language != null) {
            String primary = language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
            options.setLocale(language).setExtraHTTPHeaders(Map.of("Accept-Language",
                    language + "," + primary + ";q=0.9,en;q=0.5"));
        }
        return options;
    }
}
