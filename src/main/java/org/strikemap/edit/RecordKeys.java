package org.strikemap.edit;

import org.strikemap.dataset.DatasetDescription;
import org.strikemap.draft.RecordKey;
import org.strikemap.draft.RecordKind;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;

/** Which record of a draft a record is: its kind and id (the map's words are keyed by the map's slug). */
final class RecordKeys {

    private RecordKeys() {
    }

    static RecordKey of(Object record, String slug) {
        return switch (record) {
            case Strike strike -> new RecordKey(RecordKind.STRIKE, strike.id());
            case Claim claim -> new RecordKey(RecordKind.CLAIM, claim.id());
            case Source source -> new RecordKey(RecordKind.SOURCE, source.id());
            case LaunchSite site -> new RecordKey(RecordKind.LAUNCH_SITE, site.id());
            case Ring ring -> new RecordKey(RecordKind.RING, ring.id());
            case DatasetDescription words -> new RecordKey(RecordKind.WORDS, slug);
            default -> throw new IllegalArgumentException("no draft record: " + record.getClass().getSimpleName());
        };
    }
}
