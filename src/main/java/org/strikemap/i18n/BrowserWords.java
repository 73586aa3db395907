package org.strikemap.i18n;

import tools.jackson.databind.json.JsonMapper;

/**
 * The browser's words ({@link Messages#forBrowser()}) as the JSON a page carries in
 * {@code <script type="application/json" id="strikemap-strings">}, which frontend/ui/words.js reads: once per page,
 * so no open view keeps a copy. Safe inside a script element.
 */
public final class BrowserWords {

    /** The id of the script element that carries them. */
    public static final String ELEMENT_ID = "strikemap-strings";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private BrowserWords() {
    }

    public static String json(Messages words) {
        return scriptSafe(JSON.writeValueAsString(words.forBrowser()));
    }

    /** JSON inside a script element must not close it or open a comment: escape every '<' and '&'. */
    public static String scriptSafe(String json) {
        return json.replace("<", "\\u003c").replace("&", "\\u0026").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }
}
