package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.map.StrikeMarks;
import org.strikemap.share.ServerUrl;
import org.strikemap.source.DatasetOverview;
import org.strikemap.strike.Strike;

/**
 * Map, list, card and timeline working together on the full page: the URL names the day and the open strike,
 * clicking a mark opens its card, the timeline moves the day. Limits: one explorer per view.
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

        /** What the map draws for the dataset, with the configured tiles; the embed page reads it too. */
        public MapSetup setup(LoadedDataset dataset) {
            return MapSetup.of(dataset, tiles.layer());
        }

        public StrikeExplorer create(LoadedDataset dataset, String mapId) {
            return new StrikeExplorer(dataset, setup(dataset), mapId);
        }
    }

    private final LoadedDataset dataset;
    private final String baseUrl;
    private final StrikeMapCanvas canvas;
    private final Timeline timeline;
    private final Div panel = new Div();
    private final StrikeList list;
    private final StrikeCard card;
    private final DatasetOverview overview;
    private ViewState state;
    private String regionFilter;

    StrikeExplorer(LoadedDataset dataset, MapSetup setup, String mapId) {
        this.dataset = dataset;
        this.baseUrl = baseUrlOf(VaadinRequest.getCurrent());
        this.overview = dataset.sources().overview();
        this.state = new ViewState(overview.periodTo(), null, Optional.empty());

        canvas = new StrikeMapCanvas(setup, mapId);
        timeline = new Timeline(setup.timeline());
        timeline.addClassName("sm-timeline");
        panel.addClassName("sm-panel");
        list = new StrikeList(setup.timeline().src(), setup.timeline().unlocated());
        list.onOpen(this::openFromList);
        list.onClearRegion(() -> filterRegion(null));
        card = new StrikeCard(setup.timeline().src());
        card.onClose(event -> closeStrike());
        timeline.drive(canvas.map(), list);
        panel.add(list, card);

        Div main = new Div(canvas, panel);
        main.addClassName("sm-main");
        getContent().addClassNames("sm-explorer", "sm-full");
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

    /** From the list, which on a phone lies below the map: bring the map back into view with the card over it. */
    private void openFromList(String strikeId) {
        openStrike(strikeId);
        canvas.getElement().executeJs("const r = this.getBoundingClientRect();"
                + "if (r.top < 0 || r.bottom > innerHeight) this.scrollIntoView({block: 'start'});");
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
        card.show(open.map(Strike::id).orElse(null));
        list.setVisible(open.isEmpty());
        list.setDay(state.day());
        list.setRegion(regionFilter, regionFilter == null ? null : dataset.regions().nameOf(regionFilter));
    }

    private void updateUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null, MapView.location("", state));
    }

    private static String baseUrlOf(VaadinRequest request) {
        return request == null ? "/" : ServerUrl.base(request::getHeader, request.isSecure(), request.getContextPath());
    }
}
