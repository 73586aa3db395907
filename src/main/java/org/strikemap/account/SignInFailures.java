package org.strikemap.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per subject ({@code account:<login>} or {@code address:<ip>}) in the sign_in_failures table, so
 * that every instance on one database counts the same failures.
 */
@Repository
class SignInFailures {

    /** A subject's failures since the count began, and the last one's time. */
    record Count(int failures, Instant last) {
    }

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static String account(String login) {
        return "account:" + AuditLog.cut(login, 290);
    }

    static String address(String address) {
        return "address:" + AuditLog.cut(address, 290);
    }

    Optional<Count> read(String subject) {
        return jdbc.sql("select failures, last_failure from sign_in_failures where subject = ?").param(subject)
                .query((rs, n) -> new Count(rs.getInt(1), PersonRepository.instant(rs, "last_failure"))).optional();
    }

    /** Counts one more failure at {@code now}, starting afresh when {@code limit} has forgotten the earlier ones. */
    Count fail(String subject, Instant now, SignInLimits.Limit limit) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        for (int attempt = 0; ; attempt++) {
            Optional<Count> before = read(subject);
            if (before.isPresent()) {
                int failures = limit.forgotten(before.get().last(), now) ? 1 : before.get().failures() + 1;
                int changed = jdbc.sql("update sign_in_failures set failures = ?, last_failure = ? where subject = ? and"
                                + " failures = ?").params(failures, at, subject, before.get().failures()).update();
                if (changed == 1) {
                    return new Count(failures, now);
                }
            } else {
                try {
                    jdbc.sql("insert into sign_in_failures (subject, failures, last_failure) values (?, 1, ?)")
                            .params(subject, at).update();
                    return new Count(1, now);
                } catch (DuplicateKeyException anotherInstanceFirst) {
                    // counted by someone else at the same moment: read it again
                }
            }
            if (attempt > 20) {
                throw new IllegalStateException("could not count a failed sign-in for " + subject);
            }
        }
    }

    void forget(String subject) {
        jdbc.sql("delete from sign_in_failures where subject = ?").param(subject).update();
    }
}
