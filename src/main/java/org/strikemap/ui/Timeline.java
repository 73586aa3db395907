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
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.strikemap.map.TimeWindow;

/**
 * The timeline under the map, the one owner of the day or from–to window (its mode switch chooses). Dragging moves
 * the driven map's time in the browser; the server hears only the settled value ({@link DayChangeEvent}). Limits:
 * one map per timeline.
 */
@Tag("strike-timeline")
@JsModule("./ui/strike-timeline.js")
class Timeline extends Component implements HasSize {

    private static final String MODE_DAY = "day";
    private static final String MODE_WINDOW = "window";

    /** The histogram and the count are drawn from the features of the setup's strikes layer. */
    Timeline(MapSetup.TimelineSetup setup) {
        getElement().setProperty("start", setup.start().toString());
        getElement().setProperty("end", setup.end().toString());
        getElement().setProperty("src", setup.src());
        getElement().setProperty("unlocated", setup.unlocated());
        setup.templates().forEach(getElement()::setProperty);
        setWindow(TimeWindow.upTo(setup.end()));
        // The browser moves these itself; Flow must know where they settled, or setting one back to the value it last
        // sent (Back to an earlier entry) would look like no change and never reach the browser.
        for (String property : List.of("value", "mode", "from", "to")) {
            getElement().addPropertyChangeListener(property, "timeline-change", event -> { });
        }
    }

    /** While the slider moves, the time of each of these (a map, a list) follows it in the browser. */
    void drive(Component... targets) {
        String parameters = IntStream.range(0, targets.length).mapToObj(i -> "$" + i).collect(Collectors.joining(", "));
        getElement().executeJs("this.targets = [" + parameters + "]",
                Arrays.stream(targets).map(Component::getElement).toArray(Serializable[]::new));
    }

    /** Up to a day (one handle) or a from–to window (two handles); the other mode's handles keep their places. */
    void setWindow(TimeWindow window) {
        if (window.cumulative()) {
            getElement().setProperty("value", window.to().toString());
        } else {
            getElement().setProperty("from", window.from().toString());
            getElement().setProperty("to", window.to().toString());
        }
        getElement().setProperty("mode", window.cumulative() ? MODE_DAY : MODE_WINDOW);
    }

    Registration addDayChangeListener(ComponentEventListener<DayChangeEvent> listener) {
        return addListener(DayChangeEvent.class, listener);
    }

    /** The timeline settled on a day or window (released, moved by keyboard, or its mode switched). */
    @DomEvent("timeline-change")
    public static class DayChangeEvent extends ComponentEvent<Timeline> {

        private final TimeWindow window;

        public DayChangeEvent(Timeline source, boolean fromClient, @EventData("event.detail.mode") String mode,
                              @EventData("event.detail.value") String day, @EventData("event.detail.from") String from,
                              @EventData("event.detail.to") String to) {
            super(source, fromClient);
            this.window = MODE_WINDOW.equals(mode) ? TimeWindow.between(LocalDate.parse(from), LocalDate.parse(to))
                    : TimeWindow.upTo(LocalDate.parse(day));
        }

        TimeWindow window() {
            return window;
        }
    }
}
