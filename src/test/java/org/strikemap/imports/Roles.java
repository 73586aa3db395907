package org.strikemap.imports;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.mockito.invocation.InvocationOnMock;
import org.strikemap.account.Editor;
import org.strikemap.account.People;

/**
 * Test only: account.People answering as the contract says (/work/notes/EDIT-DESIGN.md: {@code current},
 * {@code isAdmin}, {@code canEdit}, {@code canReview}), from a table of roles the test sets and withdraws, so that a
 * refusal can be tested before the account module's real people land and whatever its constructor. A Mockito
 * stand-in: given a mock (a Spring test's {@code @MockitoBean}) it answers through it; nobody holds a role at first.
 */
public final class Roles {

    /** A role on one map: an editor edits its draft; a reviewer edits and publishes. */
    public enum Role { EDITOR, REVIEWER }

    private final People people;
    private final Map<String, Map<Long, Role>> roles = new ConcurrentHashMap<>();
    private final Set<Long> admins = ConcurrentHashMap.newKeySet();
    private volatile Editor signedIn;

    private Roles(People people) {
        this.people = people;
        when(people.current()).thenAnswer(call -> Optional.ofNullable(signedIn));
        when(people.isAdmin(any())).thenAnswer(call -> isAdmin(who(call)));
        when(people.canEdit(any(), any())).thenAnswer(call -> isAdmin(who(call)) || role(call) != null);
        when(people.canReview(any(), any())).thenAnswer(call -> isAdmin(who(call)) || role(call) == Role.REVIEWER);
        // What the views' and routes' guards ask (@Requires), answered from the same table.
        when(people.holds(any(), any(), any())).thenAnswer(call -> switch (call.<org.strikemap.account.Right>getArgument(1)) {
            case SIGNED_IN -> true;
            case EDIT_MAP -> people.canEdit(who(call), call.getArgument(2));
            case REVIEW_MAP -> people.canReview(who(call), call.getArgument(2));
            case ADMIN -> people.isAdmin(who(call));
        });
    }

    /** A new stand-in of its own. */
    public static Roles mocked() {
        return new Roles(mock(People.class));
    }

    /** Answers through {@code mock}, a Mockito mock of People (Spring's {@code @MockitoBean}). */
    public static Roles over(People mock) {
        return new Roles(mock);
    }

    public People people() {
        return people;
    }

    public Roles grant(Editor who, String slug, Role role) {
        roles.computeIfAbsent(slug, map -> new ConcurrentHashMap<>()).put(who.id(), role);
        return this;
    }

    public Roles withdraw(Editor who, String slug) {
        roles.getOrDefault(slug, Map.of()).remove(who.id());
        return this;
    }

    public Roles admin(Editor who) {
        admins.add(who.id());
        return this;
    }

    /** The person {@code current()} answers; null: nobody signed in. */
    public Roles signIn(Editor who) {
        signedIn = who;
        return this;
    }

    private boolean isAdmin(Editor who) {
        return who != null && admins.contains(who.id());
    }

    private Role role(InvocationOnMock call) {
        Editor who = who(call);
        String slug = call.getArgument(1);
        return who == null || slug == null ? null : roles.getOrDefault(slug, Map.of()).get(who.id());
    }

    private static Editor who(InvocationOnMock call) {
        return call.getArgument(0);
    }
}
