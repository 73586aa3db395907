package org.strikemap.edit.contract.account;

/** Stand-in for account.NotAllowed: a service call the person may not make. */
public class NotAllowed extends RuntimeException {

    public NotAllowed(String message) {
        super(message);
    }
}
