package org.strikemap.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strikemap.i18n.Messages;
import org.strikemap.map.TimeWindow;
import org.strikemap.share.ViewAddress;

/**
 * What the URL says about the full page's view: the timeline's day or from–to window, the open strike and the region
 * filter, read and written by the address rule ({@link ViewAddress}) and its problem worded for the reader. The region
 * and strike are checked against the dataset by the page.
 */
public record ViewState(TimeWindow window, String strikeId, String region, Optional<String> problem) {

    /** The view {@code query} names within the period, its problem told in {@code words}' language. */
    public static ViewState from(QueryParameters query, LocalDate periodFrom, LocalDate periodTo, Messages words) {
        Map<String, List<String>> parameters = query.getParameters();
        ViewAddress address = ViewAddress.read(name -> parameters.getOrDefault(name, List.of()).stream().findFirst()
                .orElse(null), periodFrom, periodTo);
        return new ViewState(address.window(), address.strike(), address.region(),
                address.problem().map(problem -> words.get(problem.key(), problem.nameValues())));
    }

    public ViewState withWindow(TimeWindow replacement) {
        return new ViewState(replacement, strikeId, region, Optional.empty());
    }

    public ViewState withStrike(String replacement) {
        return new ViewState(window, replacement, region, Optional.empty());
    }

    public ViewState withRegion(String replacement) {
        return new ViewState(window, strikeId, replacement, Optional.empty());
    }

    /** The query links keep ({@link ViewAddress#query}); a day that is the period's last is left out. */
    public QueryParameters toQuery(LocalDate lastDay) {
        return QueryParameters.simple(new ViewAddress(window, strikeId, region, Optional.empty()).query(lastDay).parameters());
    }
}
