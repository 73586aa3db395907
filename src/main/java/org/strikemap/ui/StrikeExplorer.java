package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.leaflet.TileLayer;
import org.strikemap.map.Layer;
import org.strikemap.map.StrikeMarks;
import org.strikemap.share.ServerUrl;
import org.strikemap.source.DatasetOverview;
import org.strikemap.strike.Strike;

/**
 * Map, timeline and panel working together, as on the page and in the embed: the URL names the day and the open
 * strike, clicking a mark opens its details, the timeline moves the day. Limits: one explorer per view.
 */
public class StrikeExplorer extends Composite<Div> {

    /** Builds explorers on the current dataset; views get this injected. */
    @Component
    public static class Factory {
        private final Datasets datasets;
        private final TileProperties tiles;

        Factory(Datasets datasets, TileProperties tiles) {
            this.datasets = datasets;
            this.tiles = tiles;
        }

        /** The dataset a new view will show: read once, so a view never mixes two loads. */
        public LoadedDataset dataset() {
            return datasets.current();
        }

        public StrikeExplorer create(LoadedDataset dataset, String mapId, boolean embedded) {
            return new StrikeExplorer(dataset, tiles.layer(), mapId, embedded);
        }
    }

    /** Width of the details card over an embedded map (see strikemap.css). */
    private static final int EMBED_PANEL_WIDTH = 350;

    private final LoadedDataset dataset;
    private final boolean embedded;
    private final String path;
    private final String baseUrl;
    private final StrikeMapCanvas canvas;
    private final Timeline timeline;
    private final Div panel = new Div();
    /** The list of strikes beside the map; the embed has none (its details open over the map). */
    private final Optional<StrikeList> list;
    private final DatasetOverview overview;
    private ViewState state;
    private String regionFilter;

    StrikeExplorer(LoadedDataset dataset, Optional<TileLayer> tiles, String mapId, boolean embedded) {
        this.dataset = dataset;
        this.embedded = embedded;
        this.path = embedded ? "embed" : "";
        this.baseUrl = baseUrlOf(VaadinRequest.getCurrent());
        this.overview = dataset.sources().overview();
        this.state = new ViewState(overview.periodTo(), null, Optional.empty());

        canvas = new StrikeMapCanvas(dataset, tiles, mapId);
        String strikesUrl = Layer.STRIKES.path(dataset.version());
        timeline = new Timeline(overview.periodFrom(), overview.periodTo(), strikesUrl, dataset.unlocatedAttacks());
        timeline.addClassName("sm-timeline");
        panel.addClassName("sm-panel");
        list = embedded ? Optional.empty() : Optional.of(new StrikeList(strikesUrl, dataset.unlocatedAttacks()));
        list.ifPresent(strikes -> {
            strikes.onOpen(this::openStrike);
            strikes.onClearRegion(() -> filterRegion(null));
        });
        list.ifPresentOrElse(strikes -> timeline.drive(canvas.map(), strikes), () -> timeline.drive(canvas.map()));

        Div main = new Div(canvas, panel);
        main.addClassName("sm-main");
        getContent().addClassNames("sm-explorer", embedded ? "sm-embedded" : "sm-full");
        getContent().add(main, timeline);

        canvas.onStrikeClick(this::openStrike);
        canvas.onRegionClick(this::filterRegion);
        timeline.addDayChangeListener(event -> changeDay(event.day()));
        render();
    }

    /** Applies the day and strike named in the URL; a bad value is explained and ignored. */
    public void apply(QueryParameters query) {
        ViewState parsed = ViewState.from(query, overview.periodFrom(), overview.periodTo());
        parsed.problem().ifPresent(MapView::warn);
        if (parsed.strikeId() != null && dataset.strikes().find(parsed.strikeId()).isEmpty()) {
            MapView.warn("No strike '" + parsed.strikeId() + "' in this dataset; showing the list.");
            parsed = parsed.withStrike(null);
        }
        state = parsed;
        timeline.setValue(state.day());
        render();
    }

    public ViewState state() {
        return state;
    }

    /** Scheme, host and context path of this server, ending in a slash; for share links. */
    public String baseUrl() {
        return baseUrl;
    }

    void onLaunchSiteClick(Runnable handler) {
        canvas.onLaunchSiteClick(handler);
    }

    void openStrike(String strikeId) {
        state = state.withStrike(strikeId);
        render();
        updateUrl();
    }

    void closeStrike() {
        state = state.withStrike(null);
        render();
        updateUrl();
    }

    void changeDay(LocalDate day) {
        state = state.withDay(day);
        Optional<Strike> open = Optional.ofNullable(state.strikeId()).flatMap(dataset.strikes()::find);
        if (open.isPresent() && !StrikeMarks.visibleOn(open.get(), day)) {
            state = state.withStrike(null);
        }
        render();
        updateUrl();
    }

    private void filterRegion(String code) {
        regionFilter = code;
        state = state.withStrike(null);
        render();
        updateUrl();
    }

    private void render() {
        canvas.setDay(state.day());
        canvas.showStrike(state.strikeId());
        Optional<Strike> open = Optional.ofNullable(state.strikeId()).flatMap(dataset.strikes()::find);
        panel.getElement().getClassList().set("sm-panel-open", open.isPresent());
        if (embedded) {
            canvas.reserveRight(open.isPresent() ? EMBED_PANEL_WIDTH : 0);
        }
        panel.removeAll();
        if (open.isPresent()) {
            Strike strike = open.get();
            panel.add(new StrikeDetails(strike, dataset.regions().nameOf(strike.regionCode()),
                    dataset.launch().origin().orElse(null), this::closeStrike));
        } else {
            list.ifPresent(strikes -> {
                strikes.setDay(state.day());
                strikes.setRegion(regionFilter, regionFilter == null ? null : dataset.regions().nameOf(regionFilter));
                panel.add(strikes);
            });
        }
    }

    private void updateUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null, MapView.location(path, state));
    }

    private static String baseUrlOf(VaadinRequest request) {
        return request == null ? "/" : ServerUrl.base(request::getHeader, request.isSecure(), request.getContextPath());
    }
}
