package org.strikemap.leaflet;

/** The shapes a point feature can be drawn as; shape carries meaning, so it never depends on colour alone. */
public enum MarkerSymbol {
    /** A filled circle with a white outline. */
    DOT,
    /** A hollow circle: "somewhere around here". */
    RING,
    /** A dashed diamond. */
    DIAMOND,
    /** A small dark triangle. */
    TRIANGLE;

    String jsName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
