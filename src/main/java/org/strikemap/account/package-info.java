/**
 * Who may change what: people, their rights per map ({@link org.strikemap.account.MapRole}, admins for everything),
 * their ways to sign in (password, passkeys, one-time links, single sign-on, API tokens for scripts), the guard on
 * sign-in, the audit log, and the Spring Security configuration, in one place ({@code SecurityConfiguration}).
 * Others use {@link org.strikemap.account.People}, {@link org.strikemap.account.Editor},
 * {@link org.strikemap.account.AuditLog} and {@link org.strikemap.account.NotAllowed}; views and routes declare who
 * may open or call them with {@link org.strikemap.account.Requires}. Knows nothing of a map's contents: a map is a
 * slug here. Readers' pages never import this package.
 */
package org.strikemap.account;
