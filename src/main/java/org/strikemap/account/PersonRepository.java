package org.strikemap.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people and map_roles tables. Logins and e-mail addresses are stored in lower case. */
@Repository
class PersonRepository {

    /** A stored person with their password hash (null: none set). */
    record Row(Person person, String passwordHash) {
    }

    private static final String COLUMNS = "id, login, name, email, admin, password, revoked_at";

    private final JdbcClient jdbc;

    PersonRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Row> byId(long id) {
        return one("select " + COLUMNS + " from people where id = ?", id);
    }

    Optional<Row> byLogin(String login) {
        return one("select " + COLUMNS + " from people where login = ?", login);
    }

    Optional<Row> byEmail(String email) {
        return one("select " + COLUMNS + " from people where email = ?", email);
    }

    Optional<Row> bySsoSubject(String subject) {
        return one("select " + COLUMNS + " from people where sso_subject = ?", subject);
    }

    List<Person> all() {
        Map<Long, Map<String, MapRole>> roles = new HashMap<>();
        jdbc.sql("select person_id, map_slug, role from map_roles").query(rs -> {
            roles.computeIfAbsent(rs.getLong(1), id -> new HashMap<>()).put(rs.getString(2), MapRole.valueOf(rs.getString(3)));
        });
        return jdbc.sql("select " + COLUMNS + " from people order by revoked_at is not null, lower(name), id")
                .query((rs, n) -> person(rs, roles.getOrDefault(rs.getLong("id"), Map.of()))).list();
    }

    boolean anyAdmin() {
        return jdbc.sql("select count(*) from people where admin and revoked_at is null").query(Long.class).single() > 0;
    }

    long activeAdmins() {
        return jdbc.sql("select count(*) from people where admin and revoked_at is null").query(Long.class).single();
    }

    long insert(String login, String name, String email, boolean admin) {
        jdbc.sql("insert into people (login, name, email, admin, created_at) values (?, ?, ?, ?, ?)")
                .params(login, name, email, admin, now()).update();
        return byLogin(login).orElseThrow().person().id();
    }

    void setPassword(long id, String hash) {
        jdbc.sql("update people set password = ? where id = ?").params(hash, id).update();
    }

    void setAdmin(long id, boolean admin) {
        jdbc.sql("update people set admin = ? where id = ?").params(admin, id).update();
    }

    Optional<String> ssoSubject(long id) {
        return jdbc.sql("select sso_subject from people where id = ? and sso_subject is not null").param(id)
                .query(String.class).optional();
    }

    void linkSso(long id, String subject) {
        jdbc.sql("update people set sso_subject = ? where id = ?").params(subject, id).update();
    }

    void revoke(long id) {
        jdbc.sql("update people set revoked_at = ? where id = ? and revoked_at is null").params(now(), id).update();
        jdbc.sql("delete from map_roles where person_id = ?").param(id).update();
    }

    void restore(long id) {
        jdbc.sql("update people set revoked_at = null where id = ?").param(id).update();
    }

    Optional<MapRole> role(long person, String slug) {
        return jdbc.sql("select role from map_roles where person_id = ? and map_slug = ?").params(person, slug)
                .query((rs, n) -> MapRole.valueOf(rs.getString(1))).optional();
    }

    List<String> mapsOf(long person) {
        return jdbc.sql("select map_slug from map_roles where person_id = ? order by map_slug").param(person)
                .query(String.class).list();
    }

    /** Sets the person's one role on the map, replacing any other. */
    void grant(long person, String slug, MapRole role, long grantedBy) {
        withdraw(person, slug);
        jdbc.sql("insert into map_roles (person_id, map_slug, role, granted_at, granted_by) values (?, ?, ?, ?, ?)")
                .params(person, slug, role.name(), now(), grantedBy).update();
    }

    boolean withdraw(long person, String slug) {
        return jdbc.sql("delete from map_roles where person_id = ? and map_slug = ?").params(person, slug).update() > 0;
    }

    private Optional<Row> one(String sql, Object key) {
        return jdbc.sql(sql).param(key).query((rs, n) -> new Row(person(rs, null), rs.getString("password"))).optional()
                .map(row -> new Row(withRoles(row.person()), row.passwordHash()));
    }

    private Person withRoles(Person person) {
        Map<String, MapRole> roles = new HashMap<>();
        jdbc.sql("select map_slug, role from map_roles where person_id = ?").param(person.id())
                .query(rs -> {
                    roles.put(rs.getString(1), MapRole.valueOf(rs.getString(2)));
                });
        return new Person(person.id(), person.login(), person.name(), person.email(), person.standing(), roles);
    }

    private static Person person(ResultSet rs, Map<String, MapRole> roles) throws SQLException {
        return new Person(rs.getLong("id"), rs.getString("login"), rs.getString("name"), rs.getString("email"),
                new Person.Standing(rs.getBoolean("admin"), rs.getTimestamp("revoked_at") == null,
                        rs.getString("password") != null), roles == null ? Map.of() : roles);
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }
}
