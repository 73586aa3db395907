/**
 * A stand-in for the part of the account module's contract (notes/EDIT-DESIGN.md, issue 17) that the editor calls and
 * that main does not have yet: who is signed in ({@code People.current}), roles per map and granting them. Nothing here
 * implements anything: the tests give a fake. When helper A's account module lands this folder is deleted and the
 * editor's imports of {@code org.strikemap.edit.contract.account.} become {@code org.strikemap.account.}. What the
 * editor needs beyond the contract is marked "beyond the contract" where it is declared.
 */
package org.strikemap.edit.contract;
