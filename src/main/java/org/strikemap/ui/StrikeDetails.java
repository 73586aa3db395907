package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strikemap.launch.LaunchSite;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/** The panel for one strike: when and where as reported, every claim with who made it, and the sources. */
class StrikeDetails extends Composite<Div> {

    StrikeDetails(Strike strike, String regionName, LaunchSite launchSite, Runnable onClose) {
        Div root = getContent();
        root.addClassName("sm-details");
        root.getElement().setAttribute("role", "region");
        root.getElement().setAttribute("aria-label", "Strike details");
        Map<String, Source> sources = strike.sources().stream().collect(Collectors.toMap(Source::id, Function.identity()));

        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), event -> onClose.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        close.setAriaLabel("Close details and return to the list");
        close.addClickShortcut(Key.ESCAPE);
        close.addClassName("sm-close");

        H2 title = new H2(strike.place());
        title.addClassName("sm-details-title");
        Paragraph when = new Paragraph(strike.date().label() + " · " + dateNote(strike.date().precision()));
        when.addClassName("sm-when");
        Paragraph where = new Paragraph(regionName + " (" + strike.regionCode() + ") · " + placeNote(strike.locationPrecision()));
        where.addClassName("sm-where");
        root.add(close, title, when, where);

        if (strike.status() == StrikeStatus.UNDER_INVESTIGATION) {
            Span badge = new Span("Under investigation: not confirmed as one of the reported attacks");
            badge.addClassName("sm-badge-investigation");
            root.add(badge);
        }

        section(root, "Missile", strike.claims(), sources, claim -> "missile-type".equals(claim.kind()));
        section(root, "Figures", strike.claims(), sources,
                claim -> !"missile-type".equals(claim.kind()) && !"date".equals(claim.kind()));
        section(root, "Dating", strike.claims(), sources, claim -> "date".equals(claim.kind()));

        H3 reported = new H3("How it is reported");
        Div basis = new Div(new ClaimView(new Claim(strike.id(), strike.id(), "place", null, null, null,
                strike.place(), ClaimView.sourceLabel(strike.sourceId(), sources), strike.sourceId(), strike.quote()),
                sources));
        root.add(reported, basis);
        if (strike.note() != null && !strike.note().isBlank()) {
            Paragraph note = new Paragraph(strike.note());
            note.addClassName("sm-note");
            root.add(note);
        }

        if (launchSite != null) {
            Paragraph distance = new Paragraph("%,.0f km from %s (geodesic distance from the launch area %s names)"
                    .formatted(strike.distanceFromLaunchKm(), launchSite.name(), launchSite.by()));
            distance.addClassName("sm-distance");
            root.add(distance);
        }
        root.add(new SourceList(strike.sources()));
    }

    private static void section(Div root, String heading, List<Claim> claims, Map<String, Source> sources,
                                java.util.function.Predicate<Claim> filter) {
        List<Claim> selected = claims.stream().filter(filter).toList();
        if (selected.isEmpty()) {
            return;
        }
        root.add(new H3(heading));
        selected.forEach(claim -> root.add(new ClaimView(claim, sources)));
    }

    static String dateNote(DatePrecision precision) {
        return switch (precision) {
            case DAY -> "dated to the day";
            case MONTH -> "only the month is reported";
            case LATE_MONTH -> "only \"late\" in the month is reported";
            case PERIOD -> "only the period is known";
            case UNKNOWN -> "date not reported";
        };
    }

    static String placeNote(LocationPrecision precision) {
        return switch (precision) {
            case SITE -> "exact site";
            case TOWN -> "town reported, not the exact site";
            case REGION -> "only the region is reported; the mark is placed inside it, not at a site";
        };
    }
}
