package org.strikemap.ui.embed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.strikemap.ui.StrikeExplorer;

/**
 * The map for an article's iframe: no page chrome, fits its frame, takes {@code ?date=} and {@code ?strike=}.
 * A strike's details open over the map; a credit line links to the full map.
 */
@Route("embed")
@PageTitle("StrikeMap: reported strikes (embedded map)")
class EmbedView extends Div implements BeforeEnterObserver {

    private final StrikeExplorer explorer;
    private final Anchor fullMap = new Anchor("", "Open the full map");

    EmbedView(StrikeExplorer.Factory explorers) {
        explorer = explorers.create("strike-map-embed", true);
        addClassName("sm-embed");
        fullMap.setTarget(AnchorTarget.BLANK);
        Div credit = new Div(new Span("StrikeMap · reports by AFP, The Moscow Times, Reuters, Kyodo News, "
                + "The Straits Times · Natural Earth · "), fullMap);
        credit.addClassName("sm-embed-credit");
        add(explorer, credit);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        explorer.apply(event.getLocation().getQueryParameters());
        fullMap.setHref(explorer.baseUrl() + "?" + explorer.state().toQuery().getQueryString());
    }
}
