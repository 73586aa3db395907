package org.strikemap.edit.contract.publish;

import java.util.List;
import org.strikemap.edit.contract.draft.RecordKey;

/**
 * Stand-in for publish.PublishCheck (its fields are beyond the contract, which says "allowed, or the reason"):
 * {@code refusal} null when the reviewer may publish; {@code records} the records a refusal is about (those whose
 * quote is not found and not checked by hand).
 */
public record PublishCheck(Refusal refusal, List<RecordKey> records) {

    public enum Refusal {
        NOT_A_REVIEWER, TWO_PERSON_REVIEW, NOTHING_TO_PUBLISH, QUOTES_NOT_CHECKED
    }

    public PublishCheck {
        records = List.copyOf(records);
    }

    public static PublishCheck allowed() {
        return new PublishCheck(null, List.of());
    }

    public boolean isAllowed() {
        return refusal == null;
    }
}
