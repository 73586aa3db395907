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
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The day slider under the map, the one owner of the day. Dragging moves the driven map's time in the browser; the
 * server hears only the settled day ({@link DayChangeEvent}). Limits: one map per timeline.
 */
@Tag("strike-timeline")
@JsModule("./ui/strike-timeline.js")
class Timeline extends Component implements HasSize {

    /** The histogram and the count are drawn from the features of the setup's strikes layer. */
    Timeline(MapSetup.TimelineSetup setup) {
        getElement().setProperty("start", setup.start().toString());
        getElement().setProperty("end", setup.end().toString());
        getElement().setProperty("src", setup.src());
        getElement().setProperty("unlocated", setup.unlocated());
        getElement().setProperty("countTemplate", setup.countTemplate());
        getElement().setProperty("possibleTemplate", setup.possibleTemplate());
        getElement().setProperty("unlocatedTemplate", setup.unlocatedTemplate());
        setValue(setup.end());
    }

    /** While the slider moves, the time of each of these (a map, a list) follows it in the browser. */
    void drive(Component... targets) {
        String parameters = IntStream.range(0, targets.length).mapToObj(i -> "$" + i).collect(Collectors.joining(", "));
        getElement().executeJs("this.targets = [" + parameters + "]",
                Arrays.stream(targets).map(Component::getElement).toArray(Serializable[]::new));
    }

    void setValue(LocalDate day) {
        getElement().setProperty("value", day.toString());
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
