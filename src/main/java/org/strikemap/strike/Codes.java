package org.strikemap.strike;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the enum constant behind a CSV spelling, with an error that lists the allowed spellings. */
final class Codes {

    private Codes() {
    }

    static <E extends Enum<E>> E lookup(E[] values, Function<E, String> code, String what, String spelling) {
        for (E value : values) {
            if (code.apply(value).equals(spelling)) {
                return value;
            }
        }
        throw new IllegalArgumentException(what + " '" + spelling + "' is not one of "
                + Arrays.stream(values).map(code).collect(Collectors.joining(", ")));
    }
}
