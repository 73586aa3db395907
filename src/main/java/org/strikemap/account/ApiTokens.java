package org.strikemap.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API tokens for scripts ({@code Authorization: Bearer <token>}): made per person on their account page and shown
 * once, stored as SHA-256 hashes (a token is 256 random bits, so a plain hash is as good as a slow one and lets a
 * request find its token by one index lookup), revocable, listed with their last use (written at most once a minute
 * per token, so a busy script does not write on every request). A revoked person's tokens count no more.
 */
@Service
public class ApiTokens {

    /** What every token starts with, so that a leaked one is recognisable (secret scanners, logs). */
    static final String PREFIX = "smt_";
    private static final Duration LAST_USE_STEP = Duration.ofMinutes(1);
    private static final int MAX_PER_PERSON = 20;

    private final JdbcClient jdbc;
    private final Rights rights;
    private final AuditLog audit;
    private final SecureRandom random = new SecureRandom();

    ApiTokens(JdbcClient jdbc, Rights rights, AuditLog audit) {
        this.jdbc = jdbc;
        this.rights = rights;
        this.audit = audit;
    }

    /** Makes a token for the signed-in person; audit-logged. */
    @Transactional
    public ApiToken.Made make(Editor who, String label) {
        Person person = rights.requireActive(who);
        AccountRules.check(AccountRules.labelProblem(label), "a token's label is 1 to 100 characters");
        if (of(who).size() >= MAX_PER_PERSON) {
            throw new InvalidEntry("account.rule.tooManyTokens", "at most " + MAX_PER_PERSON + " tokens per person");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hint = secret.substring(0, PREFIX.length() + 4);
        Instant now = Instant.now();
        jdbc.sql("insert into api_tokens (person_id, label, token_hash, hint, created_at) values (?, ?, ?, ?, ?)")
                .params(person.id(), label.strip(), hash(secret), hint, PersonRepository.now()).update();
        long id = jdbc.sql("select id from api_tokens where token_hash = ?").param(hash(secret)).query(Long.class).single();
        audit.record(AuditLog.API_TOKEN, who, "made the token " + hint + "… (" + label.strip() + ")");
        return new ApiToken.Made(new ApiToken(id, label.strip(), hint, now, null), secret);
    }

    /** The signed-in person's tokens that are not revoked, newest first. */
    public List<ApiToken> of(Editor who) {
        Person person = rights.requireActive(who);
        return jdbc.sql("select id, label, hint, created_at, last_used_at from api_tokens where person_id = ? and"
                        + " revoked_at is null order by created_at desc, id desc").param(person.id())
                .query((rs, n) -> new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
                        PersonRepository.instant(rs, "created_at"), PersonRepository.instant(rs, "last_used_at"))).list();
    }

    /** Revokes one of the signed-in person's own tokens; audit-logged. */
    @Transactional
    public void revoke(Editor who, long token) {
        Person person = rights.requireActive(who);
        Optional<String> hint = jdbc.sql("select hint from api_tokens where id = ? and person_id = ? and revoked_at is null")
                .params(token, person.id()).query(String.class).optional();
        if (hint.isEmpty()) {
            throw new InvalidEntry("account.rule.noSuchToken", "no such token of yours");
        }
        jdbc.sql("update api_tokens set revoked_at = ? where id = ?").params(PersonRepository.now(), token).update();
        audit.record(AuditLog.API_TOKEN, who, "revoked the token " + hint.get() + "…");
    }

    /** The active person a presented token belongs to, noting its use; empty for anything else. */
    @Transactional
    Optional<PersonDetails> authenticate(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 100) {
            return Optional.empty();
        }
        record Found(long token, long person, String login, Instant lastUsed) {
        }
        Optional<Found> found = jdbc.sql("select t.id, p.id, p.login, t.last_used_at from api_tokens t join people p on"
                        + " p.id = t.person_id where t.token_hash = ? and t.revoked_at is null and p.revoked_at is null")
                .param(hash(presented))
                .query((rs, n) -> new Found(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        PersonRepository.instant(rs, "last_used_at"))).optional();
        found.filter(token -> token.lastUsed() == null || token.lastUsed().isBefore(Instant.now().minus(LAST_USE_STEP)))
                .ifPresent(token -> jdbc.sql("update api_tokens set last_used_at = ? where id = ?")
                        .params(PersonRepository.now(), token.token()).update());
        return found.map(token -> new PersonDetails(token.person(), token.login(), null));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
