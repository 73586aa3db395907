package org.strikemap.edit.contract.publish;

import org.strikemap.edit.contract.account.Editor;

/** Stand-in for publish.PublishService: draft to immutable version, with the two-person rule. */
public interface PublishService {

    /** Allowed, or the reason (role, two-person review, nothing to publish, quotes not checked). */
    PublishCheck check(String slug, Editor reviewer);

    /** Immutable; readers everywhere within 5 s. */
    Version publish(String slug, Editor reviewer, String note);
}
