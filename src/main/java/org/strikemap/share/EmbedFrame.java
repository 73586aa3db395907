package org.strikemap.share;

/**
 * The {@code <iframe>} snippet that embeds a view: the one definition behind the Share dialog's embed code and the
 * oEmbed {@code html}. It fills its column's width at a fixed height; attributes are escaped, nothing else is added.
 *
 * @param src    the absolute {@code /embed?…} URL
 * @param title  the frame's accessible name (the dataset title)
 * @param height the frame's height in CSS pixels
 */
public record EmbedFrame(String src, String title, int height) {

    /** The nominal size of an embed when the host page sets no limits (the oEmbed default). */
    public static final int DEFAULT_WIDTH = 640;
    public static final int DEFAULT_HEIGHT = 600;

    public EmbedFrame {
        if (height <= 0) {
            throw new IllegalArgumentException("height must be positive: " + height);
        }
    }

    /** The snippet, as wide as the column it is pasted into. */
    public String html() {
        return html("");
    }

    /** The snippet, as wide as its column but never wider than {@code maxWidth} pixels. */
    public String html(int maxWidth) {
        if (maxWidth <= 0) {
            throw new IllegalArgumentException("maxWidth must be positive: " + maxWidth);
        }
        return html(";max-width:" + maxWidth + "px");
    }

    private String html(String extraStyle) {
        return "<iframe src=\"" + Html.attribute(src) + "\" title=\"" + Html.attribute(title) + "\" width=\"100%\" height=\""
                + height + "\" style=\"border:0;width:100%" + extraStyle + "\" loading=\"lazy\"></iframe>";
    }
}
