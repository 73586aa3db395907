package org.strikemap.edit;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The workspace's parts (strikes, sources, launch sites, rings, the map's words) as a row of buttons, the one shown
 * pressed ({@code aria-pressed}), and the part itself below, built the first time it is chosen. Plain buttons rather
 * than Vaadin's tabs: its tab list has children of no allowed role (axe, aria-required-children).
 */
final class WorkspaceParts extends Composite<Div> {

    private record Part(Button button, Div holder, Supplier<Component> content) {
    }

    private final Nav bar = new Nav();
    private final Div shown = new Div();
    private final List<Part> parts = new ArrayList<>();

    WorkspaceParts() {
        bar.addClassName("ed-parts");
        bar.getElement().setAttribute("aria-label", getTranslation("edit.parts"));
        shown.addClassName("ed-part");
        getContent().add(bar, shown);
    }

    /** Adds a part; the first added is shown first. */
    void add(String label, Supplier<Component> content) {
        Button button = new Button(label);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Part part = new Part(button, new Div(), content);
        part.holder().setSizeFull();
        button.addClickListener(event -> show(part));
        parts.add(part);
        bar.add(button);
        if (parts.size() == 1) {
            show(part);
        }
    }

    private void show(Part chosen) {
        for (Part part : parts) {
            boolean current = part == chosen;
            part.button().getElement().setAttribute("aria-pressed", Boolean.toString(current));
            part.button().setClassName("ed-part-current", current);
        }
        if (chosen.holder().getComponentCount() == 0) {
            chosen.holder().add(chosen.content().get());
        }
        shown.removeAll();
        shown.add(chosen.holder());
    }
}
