package org.strikemap.account;

/** A call the person may not make: not signed in (401), or without the role or the map (403). */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
