package org.strikemap.account;

import java.util.Optional;

/**
 * People for tests, made through the services as an admin would make them: an admin, and people with a password
 * and a role on a map. Logins are made unique per call, so tests sharing one app do not meet each other's people.
 */
final class TestPeople {

    /** A password every rule takes. */
    static final String PASSWORD = "correct horse battery";

    private static int count;

    private final People people;
    private final PersonRepository repository;
    private final Editor admin;

    TestPeople(People people, PersonRepository repository) {
        this.people = people;
        this.repository = repository;
        String login = people.firstAdmin(new NewPerson(unique("admin"), "Test Admin", null), Optional.of(PASSWORD)).login();
        this.admin = find(login).editor();
    }

    Editor admin() {
        return admin;
    }

    /** A person with {@link #PASSWORD} and no rights. */
    Person person(String name) {
        String stem = name.toLowerCase().replaceAll("[^a-z0-9]", "");
        String login = unique(stem.isEmpty() ? "person" : stem);
        people.invite(admin, new NewPerson(login, name, null));
        Person invited = find(login);
        people.setPassword(invited.editor(), PASSWORD);
        return find(login);
    }

    /** A person with {@link #PASSWORD} and {@code role} on the map {@code slug}. */
    Person person(String name, String slug, MapRole role) {
        Person person = person(name);
        people.grant(admin, person.id(), slug, role);
        return find(person.login());
    }

    /** A person with {@link #PASSWORD} who is an admin. */
    Person admin(String name) {
        Person person = person(name);
        people.makeAdmin(admin, person.id());
        return find(person.login());
    }

    Person find(String login) {
        return repository.byLogin(login).orElseThrow().person();
    }

    static synchronized String unique(String stem) {
        return stem + "-" + (++count) + "-" + Long.toString(System.nanoTime() % 100_000, 36);
    }
}
