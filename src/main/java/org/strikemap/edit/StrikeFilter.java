package org.strikemap.edit;

import java.time.LocalDate;
import org.strikemap.source.Sources;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/**
 * Which strikes the workspace's grid lists: each part null (or false) lets every strike through. {@code from}/{@code
 * to}: the strike's span meets those days (an unknown end runs on for ever); {@code noSource}: its report is not one of
 * the map's; {@code quoteNotFound}: its quote is not found in its report and not checked by hand (QuoteState).
 */
record StrikeFilter(String region, LocalDate from, LocalDate to, StrikeStatus status, LocationPrecision place,
                    DatePrecision date, Flags flags) {

    /** The two check boxes of the filter line. */
    record Flags(boolean noSource, boolean quoteNotFound) {
    }

    static final StrikeFilter ALL = new StrikeFilter(null, null, null, null, null, null, new Flags(false, false));

    boolean test(Strike strike, Sources sources) {
        if (region != null && !region.equals(strike.location().region())) {
            return false;
        }
        LocalDate end = strike.date().to();
        if ((to != null && strike.date().from().isAfter(to)) || (from != null && end != null && end.isBefore(from))) {
            return false;
        }
        if ((status != null && status != strike.status()) || (place != null && place != strike.location().precision())
                || (date != null && date != strike.date().precision())) {
            return false;
        }
        QuoteState quote = QuoteState.of(strike.citation(), sources);
        return (!flags.noSource() || quote == QuoteState.NO_SOURCE)
                && (!flags.quoteNotFound() || quote == QuoteState.NOT_FOUND);
    }
}
