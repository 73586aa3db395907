package org.strikemap.region;

/** One of Ukraine's 27 first-level units: its ISO 3166-2 code (UA-63), English and Ukrainian names. */
public record Region(String code, String name, String nameUk) {
}
