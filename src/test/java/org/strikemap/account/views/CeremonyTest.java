package org.strikemap.account.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What the sign-in page makes of a failed passkey ceremony: the sign-in guard's refusal brings its own message; the
 * rate limit's (past the address's budget of sign-in attempts) only a Retry-After, from which the page says how long.
 */
class CeremonyTest {

    @Test
    void aRefusalWithOnlyRetryAfterSaysHowLongAndNothingElseDoes() {
        assertThat(new Ceremony(false, 429, "", "42").waitWithoutMessage()).contains(Duration.ofSeconds(42));
        assertThat(new Ceremony(false, 429, null, " 7 ").waitWithoutMessage()).contains(Duration.ofSeconds(7));
        assertThat(new Ceremony(false, 429, "Wait 2 minutes", "120").waitWithoutMessage()).as("the guard's own").isEmpty();
        assertThat(new Ceremony(false, 429, "", null).waitWithoutMessage()).isEmpty();
        assertThat(new Ceremony(false, 429, "", "Wed, 21 Oct 2026 07:28:00 GMT").waitWithoutMessage()).isEmpty();
        assertThat(new Ceremony(false, 403, "", "42").waitWithoutMessage()).isEmpty();
        assertThat(new Ceremony(false, 0, "cancelled", null).waitWithoutMessage()).isEmpty();
    }
}
