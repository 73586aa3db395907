package org.strikemap.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates read on the page: "2 Jan 2024". English only for now. */
final class Formats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Formats() {
    }

    static String day(LocalDate date) {
        return DAY.format(date).replace("Sept", "Sep");
    }
}
