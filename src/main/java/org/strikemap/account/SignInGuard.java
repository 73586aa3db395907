package org.strikemap.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per client address ({@link SignInLimits}, {@link SignInFailures}) and
 * says how long the next attempt must wait. One attempt per account and per address is checked at a time on each
 * instance: attempts sent in parallel would otherwise all pass before the first failure is counted. Every failure and
 * every refusal is one log line; every failure, and the start of every refusal, is in the audit log.
 */
@Component
class SignInGuard {

    private static final Logger log = LoggerFactory.getLogger(SignInGuard.class);

    private final SignInLimits limits;
    private final SignInFailures failures;
    private final AuditLog audit;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();

    SignInGuard(SignInLimits limits, SignInFailures failures, AuditLog audit) {
        this.limits = limits;
        this.failures = failures;
        this.audit = audit;
    }

    /** How long an attempt for {@code login} (null: not known before the attempt) from {@code address} must wait. */
    Optional<Duration> wait(String login, String address) {
        Instant now = Instant.now();
        Optional<Duration> byAddress = failures.read(SignInFailures.address(address))
                .flatMap(count -> limits.address().wait(count.failures(), count.last(), now));
        Optional<Duration> byAccount = login == null ? Optional.empty() : failures.read(SignInFailures.account(login))
                .flatMap(count -> limits.account().wait(count.failures(), count.last(), now));
        return byAccount.isEmpty() ? byAddress : byAddress.isEmpty() ? byAccount
                : Optional.of(byAccount.get().compareTo(byAddress.get()) >= 0 ? byAccount.get() : byAddress.get());
    }

    /** Marks an attempt as running; false when another attempt for the same account or address already is. */
    boolean begin(String login, String address) {
        String byAddress = SignInFailures.address(address);
        if (!inFlight.add(byAddress)) {
            return false;
        }
        if (login != null && !inFlight.add(SignInFailures.account(login))) {
            inFlight.remove(byAddress);
            return false;
        }
        return true;
    }

    void end(String login, String address) {
        inFlight.remove(SignInFailures.address(address));
        if (login != null) {
            inFlight.remove(SignInFailures.account(login));
        }
    }

    /**
     * Counts a failed attempt ({@code login} null when the way of signing in names no account before it succeeds);
     * {@code why} goes to the log only.
     */
    void failed(String login, String address, String how, String why) {
        Instant now = Instant.now();
        String tried = login == null ? "" : AuditLog.cut(login, 100);
        log.warn("Sign-in failed {}{} from {}: {}", how, tried.isEmpty() ? "" : " for account '" + tried + "'", address,
                AuditLog.cut(why, 200));
        audit.recordStranger(AuditLog.SIGN_IN_FAILED, tried, how + (tried.isEmpty() ? "" : ", account " + tried));
        SignInFailures.Count byAddress = failures.fail(SignInFailures.address(address), now, limits.address());
        if (byAddress.failures() == limits.address().refuseAfter()) {
            locked("address " + address, limits.address().refuseFor());
        }
        if (login != null) {
            SignInFailures.Count byAccount = failures.fail(SignInFailures.account(login), now, limits.account());
            if (byAccount.failures() == limits.account().refuseAfter()) {
                locked("account " + tried, limits.account().refuseFor());
            }
        }
    }

    /** A sign-in succeeded: the account's failures are forgotten (the address's are not). */
    void succeeded(String login) {
        failures.forget(SignInFailures.account(login));
    }

    /** One log line for an attempt refused before its password (or link, or passkey) was looked at. */
    void refused(String login, String address, Duration wait) {
        log.warn("Sign-in refused{} from {}: {} s to wait after repeated failures",
                login == null ? "" : " for account '" + AuditLog.cut(login, 100) + "'", address, seconds(wait));
    }

    static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    private void locked(String subject, Duration refuseFor) {
        log.warn("Sign-in refused for {} for the next {} after repeated failures", subject, refuseFor);
        audit.recordStranger(AuditLog.SIGN_IN_LOCKED, "", "sign-in refused for " + subject + " for "
                + refuseFor.toMinutes() + " min after repeated failures");
    }
}
