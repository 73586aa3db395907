/**
 * The append-only store of every change to every record of every map ({@link org.strikemap.revision.RevisionStore}):
 * who, when, why, and the whole record as JSON, written in the same transaction as the change. Nothing in it is ever
 * changed or removed; a restore is a new revision. Knows nothing of record kinds beyond their names.
 */
package org.strikemap.revision;
