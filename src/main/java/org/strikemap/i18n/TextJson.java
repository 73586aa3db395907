package org.strikemap.i18n;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link Text} as stored in a database column: a JSON object from language tag to words, in the text's order
 * ({@code {"en":"Kyiv","uk":"Київ"}}). A plain varchar on H2 and PostgreSQL alike, so no dialect is needed.
 */
public final class TextJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> MAP = new TypeReference<>() {
    };

    private TextJson() {
    }

    /** Null for a null text. */
    public static String write(Text text) {
        return text == null ? null : JSON.writeValueAsString(text.byLanguage());
    }

    /** Null for a null column. */
    public static Text read(String json) {
        if (json == null) {
            return null;
        }
        Map<String, String> words = JSON.readValue(json, MAP);
        return new Text(words);
    }
}
