package org.strikemap.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strikemap.account.AccountTestSupport;
import org.strikemap.account.ApiTokens;
import org.strikemap.account.Editor;
import org.strikemap.account.MapRole;
import org.strikemap.account.NewPerson;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.NewMap;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.geo.Bounds;
import org.strikemap.i18n.Text;
import org.strikemap.ingest.TestDatabase;
import org.strikemap.region.Area;
import org.strikemap.strike.Strike;
import org.strikemap.testing.StoredRows;

/**
 * Every service call that writes, called by everyone who might call it: nobody, the data/ loader's name, a revoked
 * reviewer, a person with no maps, an editor of another map, an editor and a reviewer of the map, an admin. Whoever
 * may not make the call gets {@link NotAllowed} and nothing stored changes; whoever may is let past the check (the
 * least of them makes the call, which then succeeds or is refused for another reason than the right: a test of the
 * guard, not of the call's own rules).
 */
class WritesByRoleTest {

    enum Role { NOBODY, FILES, REVOKED, NO_MAPS, OTHER_MAP_EDITOR, EDITOR, REVIEWER, ADMIN }

    /** A write, and who may make it. */
    interface Write {
        void as(Editor who) throws Exception;
    }

    private static final String SLUG = "data";
    private static final RecordKey KYIV = new RecordKey(RecordKind.STRIKE, "kyiv-month");
    private static final Set<Role> EDIT = EnumSet.of(Role.EDITOR, Role.REVIEWER, Role.ADMIN);
    private static final Set<Role> REVIEW = EnumSet.of(Role.REVIEWER, Role.ADMIN);
    private static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    private static final Set<Role> SIGNED_IN = EnumSet.of(Role.NO_MAPS, Role.OTHER_MAP_EDITOR, Role.EDITOR,
            Role.REVIEWER, Role.ADMIN);

    @TempDir
    Path temp;

    TestDatabase db;
    DraftService drafts;
    PublishService publish;
    People people;
    ApiTokens tokens;
    Editor admin;
    Editor bystander;
    final Map<Role, Editor> editors = new EnumMap<>(Role.class);

    @BeforeEach
    void start() {
        db = TestDatabase.create();
        Path data = TestDatabase.copyFixture(temp);
        PublishTestSupport app = db.publishing(data.resolve("boundaries"));
        app.load(data, data.resolve("boundaries"));
        drafts = app.drafts();
        publish = app.publish();
        AccountTestSupport accounts = AccountTestSupport.over(db.dataSource());
        people = accounts.people();
        tokens = accounts.tokens();
        admin = accounts.admin();
        editors.put(Role.NOBODY, null);
        editors.put(Role.FILES, Editor.FILES);
        editors.put(Role.REVOKED, accounts.person("Revoked", SLUG, MapRole.REVIEWER));
        people.revoke(admin, editors.get(Role.REVOKED).id());
        editors.put(Role.NO_MAPS, accounts.person("No Maps", "another-map", MapRole.EDITOR));
        people.withdraw(admin, editors.get(Role.NO_MAPS).id(), "another-map");
        editors.put(Role.OTHER_MAP_EDITOR, accounts.person("Elsewhere", "another-map", MapRole.EDITOR));
        editors.put(Role.EDITOR, accounts.person("Editor", SLUG, MapRole.EDITOR));
        editors.put(Role.REVIEWER, accounts.person("Reviewer", SLUG, MapRole.REVIEWER));
        editors.put(Role.ADMIN, accounts.person("Second Admin", SLUG, MapRole.EDITOR));
        people.makeAdmin(admin, editors.get(Role.ADMIN).id());
        bystander = accounts.person("Bystander", SLUG, MapRole.EDITOR);
        // A change by someone else, so that a reviewer may publish under two-person review.
        drafts.save(SLUG, kyivNoted("a change to publish"), 1, accounts.person("Author", SLUG, MapRole.EDITOR), null);
    }

    @Test
    void everyWriteRefusesWhoMayNotMakeItAndChangesNothing() throws Exception {
        String firstVersion = publish.versions(SLUG).getFirst().version();
        Map<String, Set<Role>> allowed = new LinkedHashMap<>();
        Map<String, Write> writes = new LinkedHashMap<>();
        add(writes, allowed, "save a strike", EDIT, who -> drafts.save(SLUG, kyivNoted("walk"), revision(), who, "walk"));
        add(writes, allowed, "delete a strike", EDIT, who -> drafts.delete(SLUG, KYIV, revision(), who, "walk"));
        add(writes, allowed, "restore a revision", EDIT, who -> drafts.restore(SLUG, KYIV, 1, who, null));
        add(writes, allowed, "roll back to a version", EDIT, who -> publish.rollBack(SLUG, firstVersion, who, null));
        add(writes, allowed, "publish", REVIEW, who -> publish.publish(SLUG, who, "walk"));
        // Live data's publication at once: no two-person review, but a reviewer's right all the same.
        add(writes, allowed, "publish at once (live data)", REVIEW, who -> publish.write(SLUG, who, "walk"));
        add(writes, allowed, "create a map", ADMIN, who -> drafts.create(new NewMap("walk-map", Text.of("en", "Walk"),
                Area.none(), new Bounds(50, 30, 51, 31)), who));
        add(writes, allowed, "archive a map", ADMIN, who -> drafts.archive(SLUG, who, true));
        add(writes, allowed, "give a role", ADMIN, who -> people.grant(who, bystander.id(), SLUG, MapRole.REVIEWER));
        add(writes, allowed, "take a role", ADMIN, who -> people.withdraw(who, bystander.id(), SLUG));
        add(writes, allowed, "invite", ADMIN, who -> people.invite(who, new NewPerson("walk-invite", "Walk", null)));
        add(writes, allowed, "a sign-in link", ADMIN, who -> people.signInLink(who, bystander.id()));
        add(writes, allowed, "make admin", ADMIN, who -> people.makeAdmin(who, bystander.id()));
        add(writes, allowed, "withdraw admin", ADMIN, who -> people.withdrawAdmin(who, admin.id()));
        add(writes, allowed, "revoke a person", ADMIN, who -> people.revoke(who, bystander.id()));
        add(writes, allowed, "set one's password", SIGNED_IN, who -> people.setPassword(who, "a walk in the park"));
        add(writes, allowed, "make an API token", SIGNED_IN, who -> tokens.make(who, "walk"));
        add(writes, allowed, "revoke an API token", SIGNED_IN, who -> tokens.revoke(who, 0));

        Map<String, String> wrong = new LinkedHashMap<>();
        writes.forEach((name, write) -> {
            for (Role role : Role.values()) {
                if (allowed.get(name).contains(role)) {
                    continue;
                }
                String before = StoredRows.of(db.jdbc());
                Throwable thrown = catchThrowable(() -> write.as(editors.get(role)));
                if (!(thrown instanceof NotAllowed)) {
                    wrong.put(name + " as " + role, "expected NotAllowed, got " + (thrown == null ? "success" : thrown));
                } else if (!StoredRows.of(db.jdbc()).equals(before)) {
                    wrong.put(name + " as " + role, "refused, but something stored changed");
                }
            }
            Role least = Role.values()[allowed.get(name).stream().mapToInt(Role::ordinal).min().orElseThrow()];
            Throwable thrown = catchThrowable(() -> write.as(editors.get(least)));
            if (thrown instanceof NotAllowed) {
                wrong.put(name + " as " + least, "refused someone who may: " + thrown.getMessage());
            }
        });
        assertThat(wrong).as("writes × roles: %d × %d", writes.size(), Role.values().length).isEmpty();
    }

    private static void add(Map<String, Write> writes, Map<String, Set<Role>> allowed, String name, Set<Role> who,
                            Write write) {
        writes.put(name, write);
        allowed.put(name, who);
    }

    /** The strike kyiv-month as stored now, with another note. */
    private Strike kyivNoted(String note) {
        Strike kyiv = drafts.open(SLUG, admin).content().strikes().find(KYIV.id()).orElseThrow();
        return new Strike(kyiv.id(), kyiv.location(), kyiv.date(), kyiv.status(), kyiv.citation(), Text.of("en", note));
    }

    private long revision() {
        return drafts.open(SLUG, admin).revisionOf(KYIV);
    }
}
