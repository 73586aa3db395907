package org.strikemap.ui.embed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ui.StrikeExplorer;

/**
 * The map for an article's iframe: no page chrome, fits its frame, takes {@code ?date=} and {@code ?strike=}.
 * A strike's details open over the map; a credit line links to the full map.
 */
@Route("embed")
class EmbedView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StrikeExplorer explorer;
    private final LoadedDataset dataset;
    private final Anchor fullMap = new Anchor("", "Open the full map");

    EmbedView(StrikeExplorer.Factory explorers) {
        dataset = explorers.dataset();
        explorer = explorers.create(dataset, "strike-map-embed", true);
        addClassName("sm-embed");
        fullMap.setTarget(AnchorTarget.BLANK);
        Div credit = new Div(new Span("StrikeMap · reports by " + String.join(", ", dataset.sources().outlets())
                + " · " + dataset.description().credit() + " · "), fullMap);
        credit.addClassName("sm-embed-credit");
        add(explorer, credit);
    }

    @Override
    public String getPageTitle() {
        return dataset.description().title() + " · StrikeMap (embedded map)";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        explorer.apply(event.getLocation().getQueryParameters());
        fullMap.setHref(explorer.baseUrl() + "?" + explorer.state().toQuery().getQueryString());
    }
}
