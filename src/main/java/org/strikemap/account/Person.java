package org.strikemap.account;

import java.util.Map;

/**
 * A person as the editor shows them: how they sign in ({@code login}), how they are named, their optional e-mail
 * address (how single sign-on finds them), whether they are an admin, whether their access stands (revoked: no),
 * whether they have set a password, and their role on each map by slug.
 */
public record Person(long id, String login, String name, String email, Standing standing,
                     Map<String, MapRole> roles) {

    /** What a person may do beyond their maps, and whether they may sign in at all. */
    public record Standing(boolean admin, boolean active, boolean hasPassword) {
    }

    public Person {
        roles = Map.copyOf(roles);
    }

    public boolean admin() {
        return standing.admin();
    }

    public boolean active() {
        return standing.active();
    }

    /** This person as the one who acts. */
    public Editor editor() {
        return new Editor(id, name);
    }
}
