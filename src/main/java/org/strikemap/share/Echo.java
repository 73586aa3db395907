package org.strikemap.share;

/**
 * A value from a request as it may be quoted back to the reader (API message, notification, error page): at most
 * {@value #LIMIT} characters (code points) with an ellipsis, control and format characters and line breaks as spaces,
 * so no one can put long text of their own on this site or a forged line into its log. The embed's script cuts the
 * same way (frontend/embed/echo.js, sent {@link #LIMIT} as data); both run src/test/resources/rules/echo.json.
 * Limits: the text is still the reader's; escape it for the place it goes.
 */
public final class Echo {

    /** The longest part of a request value ever quoted back; the embed's script is sent it (setup.texts.echoLimit). */
    public static final int LIMIT = 40;

    private Echo() {
    }

    public static String of(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder cut = new StringBuilder(Math.min(value.length(), LIMIT + 1));
        int taken = 0;
        for (int i = 0; i < value.length() && taken < LIMIT; taken++) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            boolean invisible = Character.isISOControl(codePoint) || codePoint == 0x2028 || codePoint == 0x2029
                    || Character.getType(codePoint) == Character.FORMAT;
            cut.appendCodePoint(invisible ? ' ' : codePoint);
        }
        return value.codePointCount(0, value.length()) > LIMIT ? cut + "…" : cut.toString();
    }
}
