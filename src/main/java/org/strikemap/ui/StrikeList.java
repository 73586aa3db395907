package org.strikemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import java.util.function.Consumer;
import org.strikemap.map.TimeWindow;

/**
 * The accessible list beside the map, its text alternative: the strikes the day or window shows, optionally in one region,
 * each a button that opens its details. Rendered in the browser (frontend/ui/strike-list.js) from the map's strikes
 * layer, with the same day rule and count wording as the map, so it follows the timeline while it is dragged; the
 * server holds no copy of the rows.
 */
@Tag("strike-list")
@JsModule("./ui/strike-list.js")
class StrikeList extends Component {

    /** {@code setup.src()}: the map's strikes layer, which the browser has fetched (or will, once) for the map. */
    StrikeList(MapSetup.TimelineSetup setup) {
        addClassName("sm-list");
        getElement().setProperty("src", setup.src());
        getElement().setProperty("unlocated", setup.unlocated());
        setup.templates().forEach(getElement()::setProperty);
    }

    void setWindow(TimeWindow window) {
        getElement().setProperty("time", window.time());
    }

    /** Only the strikes of one region, or all when {@code code} is null. */
    void setRegion(String code, String name) {
        getElement().setProperty("region", code == null ? "" : code);
        getElement().setProperty("regionName", name == null ? "" : name);
    }

    void onOpen(Consumer<String> handler) {
        addListener(OpenEvent.class, event -> handler.accept(event.strikeId));
    }

    void onClearRegion(Runnable handler) {
        addListener(ClearRegionEvent.class, event -> handler.run());
    }

    /** A row was activated. */
    @DomEvent("strike-open")
    public static class OpenEvent extends ComponentEvent<StrikeList> {

        private final String strikeId;

        public OpenEvent(StrikeList source, boolean fromClient, @EventData("event.detail.id") String strikeId) {
            super(source, fromClient);
            this.strikeId = strikeId;
        }
    }

    /** "Show all regions" was activated. */
    @DomEvent("region-clear")
    public static class ClearRegionEvent extends ComponentEvent<StrikeList> {

        public ClearRegionEvent(StrikeList source, boolean fromClient) {
            super(source, fromClient);
        }
    }
}
