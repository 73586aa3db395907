package org.strikemap.share;

/**
 * A value from a request as it may be quoted back to the reader (API message, notification, error page): at most
 * {@value #LIMIT} characters (code points) with an ellipsis, control and format characters and line breaks as spaces,
 * and {@code <}, {@code >}, quotes and backticks written as the percent escapes they came as in the address
 * ({@code %3C}, {@code %22}, ...), so no one can put long text, markup or a forged line of their own on this site,
 * into an error body or into its log. The embed's script cuts the same way (frontend/embed/echo.js, sent
 * {@link #LIMIT} as data); both run src/test/resources/rules/echo.json.
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
            switch (codePoint) {
                case '<' -> cut.append("%3C");
                case '>' -> cut.append("%3E");
                case '"' -> cut.append("%22");
                case '\'' -> cut.append("%27");
                case '`' -> cut.append("%60");
                default -> cut.appendCodePoint(invisible ? ' ' : codePoint);
            }
        }
        return value.codePointCount(0, value.length()) > LIMIT ? cut + "…" : cut.toString();
    }
}
