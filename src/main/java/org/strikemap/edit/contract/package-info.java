/**
 * Stand-ins for the services the editor calls, exactly as notes/EDIT-DESIGN.md (issue 17) gives their contracts, for
 * the editor to be written and tested before they land: {@code account} (helper A: who acts, roles per map),
 * {@code draft} and {@code publish} (the lead). Nothing here implements anything: the tests give mocks or fakes.
 * When the real packages land this folder is deleted and the editor's imports of
 * {@code org.strikemap.edit.contract.X.} become {@code org.strikemap.X.}. What the editor needs beyond the contract is
 * marked "beyond the contract" where it is declared.
 */
package org.strikemap.edit.contract;
