package org.strikemap.account;

/** Whom an admin invites: how they will sign in, how they are named, and optionally their e-mail address. */
public record NewPerson(String login, String name, String email) {
}
