package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
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
import org.strikemap.leaflet.SymbolIcon;
import org.strikemap.map.CountSentence;
import org.strikemap.map.StrikeMarks;
import org.strikemap.strike.Strike;

/**
 * The accessible list beside the map: the strikes possible by the chosen day, optionally in one region, each a
 * button that opens its details. Limits: meant for tens of strikes, not thousands.
 */
class StrikeList extends Composite<Div> {

    StrikeList(List<Strike> strikes, int located, int unlocated, LocalDate day, String regionName,
               Consumer<String> onOpen, Runnable onClearRegion) {
        Div root = getContent();
        root.addClassName("sm-list");
        List<Strike> shown = strikes.stream().filter(s -> StrikeMarks.visibleOn(s, day)).toList();
        int attacksShown = (int) shown.stream().filter(StrikeMarks::counted).count();

        root.add(new H2(regionName == null ? "Reported strikes" : "Reported strikes: " + regionName));
        String count = regionName == null
                ? CountSentence.of(attacksShown, located, unlocated)
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
            Span place = new Span(strike.place());
            place.addClassName("sm-list-place");
            Span date = new Span(strike.date().label());
            date.addClassName("sm-list-date");
            open.getElement().appendChild(new SymbolIcon(StrikeMarks.symbolOf(strike), StrikeMarks.faded(strike)).getElement(),
                    place.getElement(), date.getElement());
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
