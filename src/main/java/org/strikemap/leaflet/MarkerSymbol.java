package org.strikemap.leaflet;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

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

    /** The name frontend/leaflet-map/symbols.js knows the shape by. */
    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
