package org.strikemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.shared.Registration;

/**
 * The card of one strike, drawn in the browser (frontend/ui/strike-card.js) from the strikes layer the map already
 * has, so the page and the embed show one card and the server holds only the strike's id.
 */
@Tag("strike-card")
@JsModule("./ui/strike-card.js")
class StrikeCard extends Component {

    /** The reader closed the card (its button or Escape). */
    @DomEvent("strike-close")
    public static class CloseEvent extends ComponentEvent<StrikeCard> {
        public CloseEvent(StrikeCard source, boolean fromClient) {
            super(source, fromClient);
        }
    }

    StrikeCard(String strikesUrl) {
        getElement().setProperty("src", strikesUrl);
    }

    void show(String strikeId) {
        getElement().setProperty("strike", strikeId == null ? "" : strikeId);
    }

    Registration onClose(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
