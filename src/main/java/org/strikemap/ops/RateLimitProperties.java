package org.strikemap.ops;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code strikemap.rate-limit.*}: requests one client address may make. A first visit to {@code /} costs about 30
 * requests (page, scripts, styles, layers, the view's exchanges), later ones fewer (assets are cached), so the
 * defaults let a newsroom of dozens behind one address open the map at once: a burst of {@code burst} requests,
 * refilled at {@code per-minute}. {@code max-clients} caps the addresses remembered (least recently seen dropped
 * first), which bounds the memory the limiter can take.
 */
@ConfigurationProperties("strikemap.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("2000") long burst,
                           @DefaultValue("1200") long perMinute, @DefaultValue("20000") int maxClients) {

    RateLimitProperties {
        if (burst < 1 || perMinute < 1 || maxClients < 1) {
            throw new IllegalArgumentException("strikemap.rate-limit: burst, per-minute and max-clients must be at least 1");
        }
    }
}
