package org.strikemap.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikemap.share.Echo;

/**
 * What the URL says about a view: the timeline day and the open strike. Parsing never fails; problems come back as
 * a message for the reader, and the view falls back to the whole period.
 */
public record ViewState(LocalDate day, String strikeId, Optional<String> problem) {

    public static ViewState from(QueryParameters query, LocalDate periodFrom, LocalDate periodTo) {
        Map<String, List<String>> parameters = query.getParameters();
        String strike = parameters.getOrDefault("strike", List.of()).stream().findFirst().filter(s -> !s.isBlank()).orElse(null);
        String date = parameters.getOrDefault("date", List.of()).stream().findFirst().orElse(null);
        if (date == null || date.isBlank()) {
            return new ViewState(periodTo, strike, Optional.empty());
        }
        String expected = "expected a day YYYY-MM-DD from " + Formats.day(periodFrom) + " to " + Formats.day(periodTo);
        try {
            LocalDate day = LocalDate.parse(date);
            if (day.isBefore(periodFrom) || day.isAfter(periodTo)) {
                return new ViewState(periodTo, strike, Optional.of("The date " + date + " in the address is outside the"
                        + " reported period (" + expected + "); showing the whole period."));
            }
            return new ViewState(day, strike, Optional.empty());
        } catch (DateTimeParseException e) {
            // The reader's text, cut (Echo): a long value must not put words of its own on the page.
            return new ViewState(periodTo, strike, Optional.of("The date '" + Echo.of(date)
                    + "' in the address is not a date (" + expected + "); showing the whole period."));
        }
    }

    public ViewState withDay(LocalDate replacement) {
        return new ViewState(replacement, strikeId, Optional.empty());
    }

    public ViewState withStrike(String replacement) {
        return new ViewState(day, replacement, Optional.empty());
    }

    public QueryParameters toQuery() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("date", day.toString());
        if (strikeId != null) {
            parameters.put("strike", strikeId);
        }
        return QueryParameters.simple(parameters);
    }
}
