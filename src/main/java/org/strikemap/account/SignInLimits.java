package org.strikemap.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code strikemap.sign-in.*}: how repeated failed sign-ins are slowed and then refused, counted per account name
 * (whether or not it exists) and per client address. Past {@code free} failures the next attempt must wait twice as
 * long after each failure (1 s, 2 s, 4 s, ... at most a minute); at {@code refuse-after} failures every attempt is
 * refused for {@code refuse-for} after the last one. Failures older than {@code refuse-for} are forgotten; a
 * successful sign-in forgets the account's (not the address's: signing in to one's own account must not reset the
 * count of guesses at others'). Defaults: an account 5 free, refused at 10; an address 20 free, refused at 50 (a
 * newsroom shares one address); 15 minutes each. docs/HARDENING.md says what this promises.
 */
@ConfigurationProperties("strikemap.sign-in")
record SignInLimits(Limit account, Limit address) {

    /** The slowest an attempt is slowed before it is refused outright. */
    static final Duration MAX_SLOWDOWN = Duration.ofMinutes(1);

    /** One counter's rule. */
    record Limit(int free, int refuseAfter, Duration refuseFor) {

        Limit {
            if (free < 0 || refuseAfter <= free || refuseFor == null || refuseFor.isNegative() || refuseFor.isZero()) {
                throw new IllegalArgumentException("strikemap.sign-in: a limit needs 0 <= free < refuse-after and a"
                        + " positive refuse-for, not " + free + ", " + refuseAfter + ", " + refuseFor);
            }
        }

        /** How long an attempt must still wait after {@code failures}, the last at {@code last}; empty: it may go. */
        Optional<Duration> wait(int failures, Instant last, Instant now) {
            if (failures < free || forgotten(last, now)) {
                return Optional.empty();
            }
            Duration pause = failures >= refuseAfter ? refuseFor
                    : min(Duration.ofSeconds(1L << Math.min(failures - free, 30)), MAX_SLOWDOWN);
            Duration left = Duration.between(now, last.plus(pause));
            return left.isPositive() ? Optional.of(left) : Optional.empty();
        }

        /** Whether failures whose last was at {@code last} no longer count. */
        boolean forgotten(Instant last, Instant now) {
            return !last.plus(refuseFor).isAfter(now);
        }

        private static Duration min(Duration a, Duration b) {
            return a.compareTo(b) <= 0 ? a : b;
        }
    }

    /** A counter left out of the configuration takes its default; one that is set names all three values. */
    SignInLimits {
        account = account == null ? new Limit(5, 10, Duration.ofMinutes(15)) : account;
        address = address == null ? new Limit(20, 50, Duration.ofMinutes(15)) : address;
    }
}
