package org.strikemap.share;

/** Escaping for text put inside a double-quoted HTML attribute; the one place this package escapes. */
final class Html {

    private Html() {
    }

    /** {@code text} made safe between double quotes: it can neither end the attribute nor open a tag or entity. */
    static String attribute(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
