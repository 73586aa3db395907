package org.strikemap.live;

/** A fetch that was not made or not finished, with the reason the editor is shown; nothing was imported. */
public class FetchRefused extends RuntimeException {

    public FetchRefused(String message) {
        super(message);
    }

    public FetchRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
