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
import org.strikemap.leaflet.LeafletMap;
import org.strikemap.map.CountSentence;

/**
 * The day slider under the map, the one owner of the day. Dragging moves the driven map's time in the browser; the
 * server hears only the settled day ({@link DayChangeEvent}). Limits: one map per timeline.
 */
@Tag("strike-timeline")
@JsModule("./ui/strike-timeline.js")
class Timeline extends Component implements HasSize {

    /**
     * One dated thing for the histogram; {@code counted} ones make up the count sentence from {@code visibleFrom} on.
     * Dates are ISO strings, as the browser compares them.
     */
    record Item(String visibleFrom, String from, String to, boolean exact, boolean counted) {
    }

    private LocalDate value;

    Timeline(LocalDate start, LocalDate end, List<Item> items, int unlocated) {
        getElement().setProperty("start", start.toString());
        getElement().setProperty("end", end.toString());
        getElement().setPropertyList("items", items);
        getElement().setProperty("unlocated", unlocated);
        getElement().setProperty("countTemplate", CountSentence.SHOWN);
        getElement().setProperty("unlocatedTemplate", CountSentence.UNLOCATED);
        setValue(end);
        addListener(DayChangeEvent.class, event -> value = event.day());
    }

    /** While the slider moves, the map's time follows it in the browser. */
    void drive(LeafletMap map) {
        getElement().executeJs("this.target = $0", map.getElement());
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
