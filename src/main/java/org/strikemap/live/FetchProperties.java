package org.strikemap.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How live data is fetched ({@code strikemap.fetch.*}): whether addresses on loopback or private networks may be
 * (false: a map's feed could otherwise read the server's own network), the most bytes of one answer, how long one
 * fetch may take in all, how many redirects it follows, and how often the feeds are looked at.
 */
@ConfigurationProperties("strikemap.fetch")
public record FetchProperties(@DefaultValue("false") boolean allowPrivate, @DefaultValue("67108864") long maxBytes,
                              @DefaultValue("30s") Duration timeout, @DefaultValue("3") int maxRedirects,
                              @DefaultValue("60s") Duration check) {
}
