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
import org.strikemap.map.CountSentence;

/**
 * The day slider under the map, the one owner of the day. Dragging moves the driven map's time in the browser; the
 * server hears only the settled day ({@link DayChangeEvent}). Limits: one map per timeline.
 */
@Tag("strike-timeline")
@JsModule("./ui/strike-timeline.js")
class Timeline extends Component implements HasSize {

    /** {@code strikesUrl}: the map's strikes layer; the histogram and the count are drawn from its features. */
    Timeline(LocalDate start, LocalDate end, String strikesUrl, int unlocated) {
        getElement().setProperty("start", start.toString());
        getElement().setProperty("end", end.toString());
        getElement().setProperty("src", strikesUrl);
        getElement().setProperty("unlocated", unlocated);
        getElement().setProperty("countTemplate", CountSentence.SHOWN);
        getElement().setProperty("unlocatedTemplate", CountSentence.UNLOCATED);
        setValue(end);
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
