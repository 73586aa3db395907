package org.strikemap.imports;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of file an import reads, by the name the command's {@code --format=} and the API's {@code format} take:
 * the project's own zip of a map's files, ACLED's event export, GeoJSON points, and any other CSV through a column
 * mapping. {@link ImportFile#detect} guesses it from the file; the editor may change the guess.
 */
public enum ImportFormat {
    MAP_ZIP("zip"), ACLED("acled"), GEOJSON("geojson"), CSV("csv");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<ImportFormat> named(String code) {
        return Arrays.stream(values()).filter(format -> format.code.equals(code)).findFirst();
    }

    /** Whether rows missing from a newer file of this format are removed from the map (ACLED's by event id). */
    boolean replacesEarlierImports() {
        return this == ACLED;
    }

    /** What the ids of the strikes this format brings start with. */
    String prefix() {
        return switch (this) {
            case ACLED -> AcledRows.PREFIX;
            case GEOJSON -> GeoJsonPoints.PREFIX;
            case CSV -> MappedRows.PREFIX;
            case MAP_ZIP -> "";
        };
    }
}
