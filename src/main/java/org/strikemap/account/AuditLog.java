package org.strikemap.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit log admins read: sign-ins, failed and refused sign-ins, changes to people and their rights, API tokens,
 * passkeys and publications (the publish service records those). Append-only: nothing here changes or deletes a
 * line. Each line keeps the name the person had then and the client address of the request that caused it, when
 * there was one. Texts are cut to the columns' lengths.
 */
@Service
public class AuditLog {

    public static final String SIGN_IN = "sign-in";
    public static final String SIGN_IN_FAILED = "sign-in failed";
    /** Sign-ins refused for a while after repeated failures (SignInLimits): recorded when the refusal begins. */
    public static final String SIGN_IN_LOCKED = "sign-in locked";
    public static final String SIGN_OUT = "sign-out";
    public static final String PERSON = "person";
    public static final String ROLE = "role";
    public static final String API_TOKEN = "api token";
    public static final String PASSKEY = "passkey";
    public static final String PUBLICATION = "publication";
    /** The kinds this module writes and the publish service's, in the order the log's filter offers them. */
    public static final List<String> KINDS = List.of(SIGN_IN, SIGN_IN_FAILED, SIGN_IN_LOCKED, SIGN_OUT, PERSON, ROLE,
            API_TOKEN, PASSKEY, PUBLICATION);

    private final JdbcClient jdbc;
    private final Rights rights;

    AuditLog(JdbcClient jdbc, Rights rights) {
        this.jdbc = jdbc;
        this.rights = rights;
    }

    /** Adds a line: {@code kind} (one of {@link #KINDS}, or another short word), who did it, and what. */
    public void record(String kind, Editor who, String what) {
        append(kind, who.id() == Editor.FILES.id() ? null : who.id(), who.name(), what);
    }

    /** The newest lines first, {@code limit} from {@code offset}, of one kind or (null) all; admins only. */
    public List<AuditEntry> lines(Editor admin, String kind, int offset, int limit) {
        rights.requireAdmin(admin);
        return jdbc.sql("select id, at, kind, person_name, what, address from audit_log"
                        + (kind == null ? "" : " where kind = :kind") + " order by at desc, id desc limit :limit offset :offset")
                .param("kind", kind).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), PersonRepository.instant(rs, "at"), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }

    /** How many lines there are of one kind or (null) all; admins only. */
    public long count(Editor admin, String kind) {
        rights.requireAdmin(admin);
        return jdbc.sql("select count(*) from audit_log" + (kind == null ? "" : " where kind = :kind"))
                .param("kind", kind).query(Long.class).single();
    }

    /** A line about someone who is not signed in (a failed sign-in names the account it tried). */
    void recordStranger(String kind, String name, String what) {
        append(kind, null, name, what);
    }

    private void append(String kind, Long person, String name, String what) {
        jdbc.sql("insert into audit_log (at, kind, person_id, person_name, what, address) values (?, ?, ?, ?, ?, ?)")
                .params(PersonRepository.now(), cut(kind, 40), person, cut(name, 200), cut(what, 2000),
                        clientAddress().orElse(null)).update();
    }

    /** The address of the client whose request is being answered, if this runs for one. */
    static Optional<String> clientAddress() {
        return currentRequest().map(request -> cut(request.getRemoteAddr(), 64));
    }

    static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }

    static String cut(String text, int max) {
        String value = text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
        return value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
