package org.strikemap.share;

/**
 * The {@code <iframe>} snippet that embeds a view: the one definition behind the Share dialog's embed code and the
 * oEmbed {@code html}. It fills its column's width at {@code height}; a tiny inline listener then sets the frame to
 * the height the embed posts ({@value #HEIGHT_MESSAGE}, see frontend/embed/frame-height.js), so a page that drops the
 * script still shows the map at the fixed height. Attributes are escaped.
 *
 * @param src    the absolute {@code /embed?…} URL
 * @param title  the frame's accessible name (the dataset title)
 * @param height the frame's height in CSS pixels
 */
public record EmbedFrame(String src, String title, int height) {

    /** The nominal size of an embed when the host page sets no limits (the oEmbed default). */
    public static final int DEFAULT_WIDTH = 640;
    public static final int DEFAULT_HEIGHT = 600;
    /** The type of the message the embed posts to its parent: {@code {type, height}}. */
    public static final String HEIGHT_MESSAGE = "strikemap:height";

    // Sizes only the frame that sent the message, and only within sane bounds; ES5 so any article page runs it.
    private static final String SIZER = "<script>window.addEventListener(\"message\",function(e){var d=e.data;"
            + "if(!d||d.type!==\"" + HEIGHT_MESSAGE + "\"||!(d.height>=100&&d.height<=5000))return;"
            + "var f=document.querySelectorAll(\"iframe[data-strikemap]\");for(var i=0;i<f.length;i++)"
            + "if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(d.height)+\"px\";});</script>";

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
        return "<iframe data-strikemap src=\"" + Html.attribute(src) + "\" title=\"" + Html.attribute(title)
                + "\" width=\"100%\" height=\"" + height + "\" style=\"border:0;width:100%" + extraStyle
                + "\" loading=\"lazy\"></iframe>" + SIZER;
    }
}
