package org.strikemap.account;

/**
 * Thrown by a service call the person may not make (no role on the map, not an admin, nobody signed in). Controllers
 * answer it with 403, or 401 when nobody is signed in ({@code RouteGuard}); views show that the action is not theirs.
 */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
