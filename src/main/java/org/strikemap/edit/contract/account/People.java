package org.strikemap.edit.contract.account;

import java.util.List;
import java.util.Optional;
import org.strikemap.account.Editor;

/**
 * Stand-in for account.People as EDIT-DESIGN.md gives it (main's account.People is scaffolding without the signed-in
 * person or roles): who is signed in and what they may do on which map.
 */
public interface People {

    /** The signed-in person of this request or UI, if any. */
    Optional<Editor> current();

    boolean isAdmin(Editor who);

    /** Editor or reviewer of the map, or admin. */
    boolean canEdit(Editor who, String slug);

    /** Reviewer of the map, or admin. */
    boolean canReview(Editor who, String slug);

    /** Admin only; audit-logged. */
    void grant(Editor admin, long person, String slug, MapRole role);

    /** The slugs the person may edit. */
    List<String> mapsOf(Editor who);

    /** Who holds which role on one map. Beyond the contract: the editor shows it beside grant. */
    record Grant(Editor person, MapRole role) {
    }

    /** Beyond the contract: who holds a role on the map {@code slug} (admin only). */
    List<Grant> grants(Editor admin, String slug);

    /** Beyond the contract (as helper A names it): takes the person's role on the map away (admin only; audit-logged). */
    void withdraw(Editor admin, long person, String slug);

    /** Beyond the contract: every person with an account, to grant a role to (admin only). */
    List<Editor> everyone(Editor admin);
}
