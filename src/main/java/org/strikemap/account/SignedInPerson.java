package org.strikemap.account;

/** A principal that names the person it signed in (passwords, one-time links, single sign-on, API tokens). */
interface SignedInPerson {

    long personId();
}
