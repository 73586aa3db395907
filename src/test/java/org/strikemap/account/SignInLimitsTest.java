package org.strikemap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rule of {@link SignInLimits}: free failures, then waits that double (at most a minute), then a refusal. */
class SignInLimitsTest {

    private static final Instant LAST = Instant.parse("2026-03-01T10:00:00Z");
    private final SignInLimits.Limit limit = new SignInLimits.Limit(5, 10, Duration.ofMinutes(15));

    @Test
    void theFirstFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(limit.wait(failures, LAST, LAST)).as("%d failures", failures).isEmpty();
        }
    }

    @Test
    void thenEachFailureDoublesTheWaitUpToAMinute() {
        assertThat(limit.wait(5, LAST, LAST)).contains(Duration.ofSeconds(1));
        assertThat(limit.wait(6, LAST, LAST)).contains(Duration.ofSeconds(2));
        assertThat(limit.wait(8, LAST, LAST)).contains(Duration.ofSeconds(8));
        assertThat(limit.wait(9, LAST, LAST.plusSeconds(10))).contains(Duration.ofSeconds(6));
        assertThat(limit.wait(9, LAST, LAST.plusSeconds(16))).isEmpty();
        SignInLimits.Limit patient = new SignInLimits.Limit(1, 40, Duration.ofMinutes(15));
        assertThat(patient.wait(30, LAST, LAST)).contains(Duration.ofMinutes(1));
    }

    @Test
    void atTheLimitEveryAttemptIsRefusedForAWhileAfterTheLastFailure() {
        assertThat(limit.wait(10, LAST, LAST)).contains(Duration.ofMinutes(15));
        assertThat(limit.wait(10, LAST, LAST.plus(Duration.ofMinutes(14)))).contains(Duration.ofMinutes(1));
        assertThat(limit.wait(12, LAST, LAST.plus(Duration.ofMinutes(15)))).isEmpty();
    }

    @Test
    void failuresOlderThanTheRefusalAreForgotten() {
        assertThat(limit.forgotten(LAST, LAST.plus(Duration.ofMinutes(15)))).isTrue();
        assertThat(limit.forgotten(LAST, LAST.plus(Duration.ofMinutes(14)))).isFalse();
    }

    @Test
    void theDefaultsAreAnAccountsFiveAndTenAndAnAddresssTwentyAndFifty() {
        SignInLimits defaults = new SignInLimits(null, null);
        assertThat(defaults.account()).isEqualTo(new SignInLimits.Limit(5, 10, Duration.ofMinutes(15)));
        assertThat(defaults.address()).isEqualTo(new SignInLimits.Limit(20, 50, Duration.ofMinutes(15)));
    }

    @Test
    void aLimitThatCouldNeverRefuseIsRefusedAtStart() {
        assertThatThrownBy(() -> new SignInLimits.Limit(5, 5, Duration.ofMinutes(1))).hasMessageContaining("free < refuse-after");
        assertThatThrownBy(() -> new SignInLimits.Limit(1, 5, Duration.ZERO)).hasMessageContaining("positive refuse-for");
    }
}
