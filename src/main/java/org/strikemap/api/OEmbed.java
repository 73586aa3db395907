package org.strikemap.api;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An oEmbed 1.0 answer of type {@code rich}: the iframe snippet, its size, and who provides it. */
record OEmbed(String type, String version, String title, @JsonProperty("provider_name") String providerName,
              @JsonProperty("provider_url") String providerUrl, String html, int width, int height) {

    static OEmbed rich(String title, String providerName, String providerUrl, String html, Size size) {
        return new OEmbed("rich", "1.0", title, providerName, providerUrl, html, size.width(), size.height());
    }

    /** The embed's size in pixels: the default, scaled down (keeping its shape) to fit the consumer's limits. */
    record Size(int width, int height) {

        static Size fitting(int defaultWidth, int defaultHeight, Integer maxWidth, Integer maxHeight) {
            long width = defaultWidth;
            long height = defaultHeight;
            if (maxWidth != null && maxWidth < width) {
                height = height * maxWidth / width;
                width = maxWidth;
            }
            if (maxHeight != null && maxHeight < height) {
                width = width * maxHeight / height;
                height = maxHeight;
            }
            // Rounding down keeps both within the limits; a frame is at least one pixel either way.
            return new Size((int) Math.max(1, width), (int) Math.max(1, height));
        }
    }
}
