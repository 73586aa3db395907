package org.strikemap.edit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikemap.account.Editor;
import org.strikemap.account.NotAllowed;
import org.strikemap.edit.contract.account.MapRole;
import org.strikemap.edit.contract.account.People;

/**
 * Test only: who is signed in and who holds which role, as the account module's contract describes it, in memory,
 * until helper A's module lands: four people (an admin, a reviewer and an editor of every map, and a stranger to
 * them all), and roles changed by grant and revoke. Thread-safe: browser tests call it from Vaadin's threads.
 */
class FakePeople implements People {

    static final Editor ADMIN = new Editor(1, "Ada Admin");
    static final Editor REVIEWER = new Editor(2, "Rita Reviewer");
    static final Editor EDITOR = new Editor(3, "Ed Editor");
    static final Editor STRANGER = new Editor(4, "Sam Stranger");

    private final Map<String, Map<Long, MapRole>> roles = new LinkedHashMap<>();
    private volatile Editor signedIn;

    void signIn(Editor who) {
        this.signedIn = who;
    }

    /** Every map back to its reviewer and editor. */
    synchronized void reset() {
        roles.clear();
    }

    @Override
    public Optional<Editor> current() {
        return Optional.ofNullable(signedIn);
    }

    @Override
    public boolean isAdmin(Editor who) {
        return who.id() == ADMIN.id();
    }

    @Override
    public boolean canEdit(Editor who, String slug) {
        return isAdmin(who) || rolesOf(slug).containsKey(who.id());
    }

    @Override
    public boolean canReview(Editor who, String slug) {
        return isAdmin(who) || rolesOf(slug).get(who.id()) == MapRole.REVIEWER;
    }

    @Override
    public void grant(Editor admin, long person, String slug, MapRole role) {
        requireAdmin(admin);
        rolesOf(slug).put(person, role);
    }

    @Override
    public List<String> mapsOf(Editor who) {
        throw new UnsupportedOperationException("the editor lists maps through PublishService.maps");
    }

    @Override
    public List<Grant> grants(Editor admin, String slug) {
        requireAdmin(admin);
        return rolesOf(slug).entrySet().stream().map(entry -> new Grant(everyone(admin).stream()
                .filter(person -> person.id() == entry.getKey()).findFirst().orElseThrow(), entry.getValue())).toList();
    }

    @Override
    public void withdraw(Editor admin, long person, String slug) {
        requireAdmin(admin);
        rolesOf(slug).remove(person);
    }

    @Override
    public List<Editor> everyone(Editor admin) {
        requireAdmin(admin);
        return List.of(ADMIN, REVIEWER, EDITOR, STRANGER);
    }

    private synchronized Map<Long, MapRole> rolesOf(String slug) {
        return roles.computeIfAbsent(slug, map -> {
            Map<Long, MapRole> initial = new java.util.concurrent.ConcurrentHashMap<>();
            initial.put(REVIEWER.id(), MapRole.REVIEWER);
            initial.put(EDITOR.id(), MapRole.EDITOR);
            return initial;
        });
    }

    private void requireAdmin(Editor who) {
        if (!isAdmin(who)) {
            throw new NotAllowed(who.name() + " is no admin");
        }
    }
}
