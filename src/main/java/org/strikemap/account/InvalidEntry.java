package org.strikemap.account;

/**
 * What a person typed was not taken (a login in use, a password too short, ...): nothing was changed. {@link #key()}
 * names the reason in the interface's words ({@code i18n/messages*.properties}), so a view can say it in the page's
 * language; the message is the same reason in English, for logs and scripts.
 */
public class InvalidEntry extends RuntimeException {

    private final String key;

    public InvalidEntry(String key, String message) {
        super(message);
        this.key = key;
    }

    /** The reason's key in the interface's words. */
    public String key() {
        return key;
    }
}
