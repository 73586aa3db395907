package org.strikemap.draft;

import java.util.LinkedHashMap;
import java.util.Map;
import org.strikemap.dataset.DatasetDescription;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.Strike;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record as its revision keeps it: the whole record as JSON (its fields by name, a map's words as the key/value
 * pairs of its dataset.csv), and back. Revisions outlive code changes, so the form is the records' own fields.
 */
final class RecordJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> PAIRS = new TypeReference<>() {
    };

    private RecordJson() {
    }

    static String write(Object record) {
        return JSON.writeValueAsString(record instanceof DatasetDescription words ? words.pairs() : record);
    }

    /** The record of {@code kind} a revision's JSON holds. */
    static Object read(RecordKind kind, String json) {
        return switch (kind) {
            case STRIKE -> JSON.readValue(json, Strike.class);
            case CLAIM -> JSON.readValue(json, Claim.class);
            case SOURCE -> JSON.readValue(json, Source.class);
            case LAUNCH_SITE -> JSON.readValue(json, LaunchSite.class);
            case RING -> JSON.readValue(json, Ring.class);
            case WORDS -> DatasetDescription.of(JSON.readValue(json, PAIRS));
        };
    }

    static Map<String, String> pairs(String json) {
        return JSON.readValue(json, PAIRS);
    }
}
