package org.strikemap.ops;

import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.strikemap.web.RequestKind;

/**
 * {@code strikemap.rate-limit.*}: what one client address may ask for, by what it costs ({@link RequestKind}), each
 * a token bucket of {@code burst} requests refilled at {@code per-minute}. Immutable files (hashed assets, versioned
 * layers, the icon) and the health probes are never limited: a browser or CDN keeps them, and a crowd behind one
 * address (a newsroom, a university, a carrier's NAT) loads them once per reader. What costs is limited: page
 * builds (about 1 per reader), view starts (a session and a view each), pictures drawn on the server, windowed API
 * questions, sign-in attempts (whatever the account, beside account.SignInGuard's count of failures); the rest (the
 * API's fixed answers, oEmbed, open views' exchanges) shares one generous bucket.
 * {@code max-clients} caps the addresses remembered (least recently seen dropped first), which bounds the limiter's
 * memory. A budget, or either half of one, left out of the configuration takes the default below (README,
 * "Configuration").
 */
@ConfigurationProperties("strikemap.rate-limit")
record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("20000") int maxClients, Budget pages,
                           Budget viewStarts, Budget pictures, Budget apiWindows, Budget signIns, Budget requests) {

    /** A bucket: {@code burst} at once, refilled at {@code perMinute}; 0 (not configured) takes the default. */
    record Budget(long burst, long perMinute) {

        Budget {
            if (burst < 0 || perMinute < 0) {
                throw new IllegalArgumentException("strikemap.rate-limit: burst and per-minute must be at least 1, not "
                        + burst + " and " + perMinute);
            }
        }

        static Budget orDefault(Budget configured, long burst, long perMinute) {
            return configured == null ? new Budget(burst, perMinute) : new Budget(
                    configured.burst() == 0 ? burst : configured.burst(),
                    configured.perMinute() == 0 ? perMinute : configured.perMinute());
        }
    }

    RateLimitProperties {
        if (maxClients < 1) {
            throw new IllegalArgumentException("strikemap.rate-limit.max-clients must be at least 1, not " + maxClients);
        }
        // 2,000 embed loads a minute from one address must all open (issue 16): a page build each.
        pages = Budget.orDefault(pages, 2000, 2000);
        viewStarts = Budget.orDefault(viewStarts, 300, 120);
        pictures = Budget.orDefault(pictures, 60, 30);
        apiWindows = Budget.orDefault(apiWindows, 300, 300);
        // A newsroom behind one address signs in at the start of a shift; a guesser gets one try each 5 s.
        signIns = Budget.orDefault(signIns, 30, 12);
        requests = Budget.orDefault(requests, 2000, 1200);
    }

    /** The budgets, one bucket each per address. */
    enum Cost { PAGES, VIEW_STARTS, PICTURES, API_WINDOWS, SIGN_INS, REQUESTS }

    /** The budget a kind of request takes from; empty for what is never limited. */
    static Optional<Cost> cost(RequestKind kind) {
        return Optional.ofNullable(switch (kind) {
            case PROBE, IMMUTABLE -> null;
            case PAGE, EMBED -> Cost.PAGES;
            case VIEW_START -> Cost.VIEW_STARTS;
            case PICTURE -> Cost.PICTURES;
            case API_WINDOW -> Cost.API_WINDOWS;
            case SIGN_IN -> Cost.SIGN_INS;
            case VIEW_EXCHANGE, OTHER -> Cost.REQUESTS;
        });
    }

    Budget budget(Cost cost) {
        return switch (cost) {
            case PAGES -> pages;
            case VIEW_STARTS -> viewStarts;
            case PICTURES -> pictures;
            case API_WINDOWS -> apiWindows;
            case SIGN_INS -> signIns;
            case REQUESTS -> requests;
        };
    }
}
