package org.strikemap.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikemap.i18n.Messages;

/**
 * What the URL says about a view: the timeline day and the open strike. Parsing never fails; problems come back as
 * a message for the reader, and the view falls back to the whole period.
 */
public record ViewState(LocalDate day, String strikeId, Optional<String> problem) {

    public static ViewState from(QueryParameters query, LocalDate periodFrom, LocalDate periodTo) {
        return from(query, periodFrom, periodTo, Messages.english());
    }

    /** As {@link #from(QueryParameters, LocalDate, LocalDate)}, the problems told in {@code words}' language. */
    public static ViewState from(QueryParameters query, LocalDate periodFrom, LocalDate periodTo, Messages words) {
        Map<String, List<String>> parameters = query.getParameters();
        String strike = parameters.getOrDefault("strike", List.of()).stream().findFirst().filter(s -> !s.isBlank()).orElse(null);
        String date = parameters.getOrDefault("date", List.of()).stream().findFirst().orElse(null);
        if (date == null || date.isBlank()) {
            return new ViewState(periodTo, strike, Optional.empty());
        }
        try {
            LocalDate day = LocalDate.parse(date);
            if (day.isBefore(periodFrom) || day.isAfter(periodTo)) {
                return new ViewState(periodTo, strike, Optional.of(words.get("page.dateOutside", "date", date,
                        "from", words.shortDay(periodFrom), "to", words.shortDay(periodTo))));
            }
            return new ViewState(day, strike, Optional.empty());
        } catch (DateTimeParseException e) {
            return new ViewState(periodTo, strike, Optional.of(words.get("page.dateBad")));
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
