package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/**
 * The accessible list beside the map: the strikes possible by the chosen day, optionally in one region, each a
 * button that opens its details. Limits: meant for tens of strikes, not thousands.
 */
class StrikeList extends Composite<Div> {

    StrikeList(List<Strike> strikes, int located, int unlocated, LocalDate day, String regionName,
               Consumer<String> onOpen, Runnable onClearRegion) {
        Div root = getContent();
        root.addClassName("sm-list");
        List<Strike> shown = strikes.stream().filter(s -> s.date().possibleBy(day)).toList();
        long attacksShown = shown.stream().filter(s -> s.status() == StrikeStatus.REPORTED).count();

        root.add(new H2(regionName == null ? "Reported strikes" : "Reported strikes: " + regionName));
        String count = regionName == null
                ? "%d of %d located attacks shown; %d more reported without a place".formatted(attacksShown, located, unlocated)
                : "%d located attacks shown in this region".formatted(attacksShown);
        Paragraph summary = new Paragraph(count + " (up to " + Formats.day(day) + ").");
        summary.addClassName("sm-count");
        root.add(summary);
        if (regionName != null) {
            Button all = new Button("Show all regions", event -> onClearRegion.run());
            all.addThemeVariants(ButtonVariant.LUMO_SMALL);
            root.add(all);
        }

        UnorderedList list = new UnorderedList();
        list.addClassName("sm-list-items");
        for (Strike strike : shown) {
            Button open = new Button();
            open.addClassName("sm-list-button");
            boolean exact = strike.date().precision() == DatePrecision.DAY;
            Span place = new Span(strike.place());
            place.addClassName("sm-list-place");
            Span date = new Span(strike.date().label());
            date.addClassName("sm-list-date");
            open.getElement().appendChild(new Html(Symbols.forStrike(strike.status().code(),
                    strike.locationPrecision().code(), exact)).getElement(), place.getElement(), date.getElement());
            open.getElement().setAttribute("data-strike", strike.id());
            open.addClickListener(event -> onOpen.accept(strike.id()));
            list.add(new ListItem(open));
        }
        if (shown.isEmpty()) {
            list.add(new ListItem("No strike reported as possible by this day."));
        }
        root.add(list);
    }
}
