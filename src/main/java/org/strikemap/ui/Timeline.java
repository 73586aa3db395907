package org.strikemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.strikemap.leaflet.LeafletMap;

/**
 * The day slider under the map. Dragging filters the bound map in the browser; the server hears only the settled
 * day ({@link DayChangeEvent}). Limits: one map per timeline.
 */
@Tag("strike-timeline")
@JsModule("./ui/strike-timeline.js")
class Timeline extends Component implements HasSize {

    /** One dated thing for the histogram; {@code counted} ones make up the "N of M shown" line. */
    record Item(LocalDate from, LocalDate to, boolean exact, boolean counted) {
    }

    private LocalDate value;

    Timeline(LocalDate start, LocalDate end, List<Item> items, int unlocated) {
        getElement().setProperty("start", start.toString());
        getElement().setProperty("end", end.toString());
        getElement().setProperty("items", items.stream().map(Timeline::json).collect(Collectors.joining(",", "[", "]")));
        getElement().setProperty("unlocated", unlocated);
        setValue(end);
        addListener(DayChangeEvent.class, event -> value = event.day());
    }

    void bindTo(LeafletMap map) {
        getElement().setAttribute("for", map.getId().orElseThrow(() -> new IllegalStateException("map needs an id")));
    }

    void setValue(LocalDate day) {
        value = day;
        getElement().setProperty("value", day.toString());
    }

    LocalDate getValue() {
        return value;
    }

    Registration addDayChangeListener(ComponentEventListener<DayChangeEvent> listener) {
        return addListener(DayChangeEvent.class, listener);
    }

    private static String json(Item item) {
        return "{\"from\":\"%s\",\"to\":%s,\"exact\":%s,\"counted\":%s}".formatted(item.from(),
                item.to() == null ? "null" : "\"" + item.to() + "\"", item.exact(), item.counted());
    }

    /** The slider settled on a day (released, or moved by keyboard). */
    @DomEvent("timeline-change")
    public static class DayChangeEvent extends ComponentEvent<Timeline> {

        private final LocalDate day;

        public DayChangeEvent(Timeline source, boolean fromClient, @EventData("event.detail.value") String day) {
            super(source, fromClient);
            this.day = LocalDate.parse(day);
        }

        LocalDate day() {
            return day;
        }
    }
}
