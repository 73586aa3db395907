package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.map.ShownMaps;
import org.strikemap.map.TimeWindow;
import org.strikemap.share.Echo;
import org.strikemap.share.RequestOrigin;
import org.strikemap.share.ServerUrl;
import org.strikemap.source.DatasetOverview;
import org.strikemap.strike.Strike;

/**
 * Map, list, card and timeline working together on the full page: the URL names the day or window, the open strike
 * and the region filter; clicking a mark opens its card, the timeline moves the day or window. Opening or closing a
 * strike and filtering by region are steps the browser's Back undoes (pushed history entries); a settled timeline
 * replaces the current entry. Back and Forward come back through the router ({@link #apply}). Limits: one explorer
 * per view.
 */
public class StrikeExplorer extends Composite<Div> {

    /** Builds explorers on the current dataset; views get this injected. */
    @Component
    public static class Factory {
        private final Datasets datasets;
        private final ShownMaps shownMaps;
        private final TileProperties tiles;
        private final ServerUrl serverUrl;

        Factory(Datasets datasets, ShownMaps shownMaps, TileProperties tiles, ServerUrl serverUrl) {
            this.datasets = datasets;
            this.shownMaps = shownMaps;
            this.tiles = tiles;
            this.serverUrl = serverUrl;
        }

        /** The map {@code slug} names (the default when null) at {@code version} (the latest when null); 404 if empty. */
        public Optional<ShownMaps.Shown> shown(String slug, String version) {
            return shownMaps.of(slug, version);
        }

        /** The default map, which a new view of / shows: read once, so a view never mixes two loads. */
        public LoadedDataset dataset() {
            return datasets.current();
        }

        /** The map {@code slug} names, the default one when null; empty when this server has no such map. */
        public Optional<LoadedDataset> dataset(String slug) {
            return slug == null ? Optional.of(datasets.current()) : datasets.find(slug);
        }

        /** The slugs of every map, in order. */
        public List<String> slugs() {
            return datasets.all().stream().map(LoadedDataset::slug).toList();
        }

        /** Whether {@code map} is the one served at / and /embed. */
        public boolean isDefault(LoadedDataset map) {
            return datasets.isDefault(map);
        }

        /** What the map draws for the dataset, with the configured tiles, in English; the embed page reads it too. */
        public MapSetup setup(LoadedDataset dataset) {
            return setup(dataset, Messages.english());
        }

        /** As {@link #setup(LoadedDataset)}, worded in {@code words}' language. */
        public MapSetup setup(LoadedDataset dataset, Messages words) {
            return MapSetup.of(dataset, tiles.layer(), words);
        }

        /** As {@link #setup(LoadedDataset, Messages)}, for a page {@code root} away from the site root. */
        public MapSetup setup(LoadedDataset dataset, Messages words, String root) {
            return MapSetup.of(dataset, tiles.layer(), words, root);
        }

        /**
         * {@code kept}: what the address gave that every address of this view keeps;
         * {@code pagePath}: the page's path below the site root ("" or "maps/{slug}"), which the address keeps.
         */
        public StrikeExplorer create(LoadedDataset dataset, String mapId, Messages words, Kept kept, String pagePath) {
            return new StrikeExplorer(dataset, setup(dataset, words), mapId, words, kept,
                    new Addresses(pagePath, baseUrl()));
        }

        /** This server's public base URL for the current request (share links); the public address, or "/", outside one. */
        private String baseUrl() {
            return VaadinRequest.getCurrent() instanceof HttpServletRequest request
                    ? serverUrl.base(RequestOrigin.of(request)) : serverUrl.publicUrl().orElse("/");
        }

        /**
         * As {@link #create(LoadedDataset, String, Messages, Kept, String)}, the layers fetched from {@code layerRoot}
         * (a path from the site root ending in "/") instead of the published ones: a draft's preview serves its own.
         */
        public StrikeExplorer create(LoadedDataset dataset, String mapId, Messages words, Kept kept, String pagePath,
                                     String layerRoot) {
            return new StrikeExplorer(dataset, setup(dataset, words, layerRoot), mapId, words, kept,
                    new Addresses(pagePath, baseUrl()));
        }
    }

    /**
     * What an address gave that is not the view but stays in every address the view writes.
     *
     * @param language the {@code lang} the address chose, or null when it chose none (the browser's language)
     * @param version  the {@code version} the address pinned, or null for the latest
     */
    public record Kept(String language, String version) {

        QueryParameters onto(QueryParameters query) {
            QueryParameters kept = language == null ? query : query.merging(Languages.PARAMETER, language);
            return version == null ? kept : kept.merging(ShownMaps.PARAMETER, version);
        }
    }

    /**
     * Where a view's links point: {@code pagePath}, the page's path below the site root ("" or "maps/{slug}"), which
     * the address keeps; {@code baseUrl}, this server's public base URL, which the share links name.
     */
    record Addresses(String pagePath, String baseUrl) {
    }

    private final LoadedDataset dataset;
    private final String baseUrl;
    private final StrikeMapCanvas canvas;
    private final Timeline timeline;
    private final Div panel = new Div();
    private final StrikeList list;
    private final StrikeCard card;
    private final DatasetOverview overview;
    private final Messages words;
    private final Kept kept;
    private final String pagePath;
    private ViewState state;

    StrikeExplorer(LoadedDataset dataset, MapSetup setup, String mapId, Messages words, Kept kept, Addresses addresses) {
        this.dataset = dataset;
        this.pagePath = addresses.pagePath();
        this.words = words;
        this.kept = kept;
        this.baseUrl = addresses.baseUrl();
        this.overview = dataset.sources().overview();
        this.state = new ViewState(TimeWindow.upTo(overview.periodTo()), null, null, Optional.empty());

        canvas = new StrikeMapCanvas(setup, mapId, MapSetup.label(words, dataset.description().in(words.tag()).title()));
        timeline = new Timeline(setup.timeline());
        timeline.addClassName("sm-timeline");
        panel.addClassName("sm-panel");
        // The list (or the open card) is the map's text alternative: the page's skip link leads here.
        panel.setId(MapSetup.SKIP_TARGET);
        panel.getElement().setAttribute("tabindex", "-1");
        list = new StrikeList(setup.timeline());
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
        timeline.addDayChangeListener(event -> changeWindow(event.window()));
        render();
    }
    /** Applies the day or window, strike and region named in the URL (on entry, Back and Forward); a bad value is explained and ignored. */
    public void apply(QueryParameters query) {
        ViewState parsed = ViewState.from(query, overview.periodFrom(), overview.periodTo(), words);
        parsed.problem().ifPresent(MapView::warn);
        if (parsed.strikeId() != null && dataset.strikes().find(parsed.strikeId()).isEmpty()) {
            MapView.warn(words.get("page.noStrike", "id", Echo.of(parsed.strikeId())));
            parsed = parsed.withStrike(null);
        }
        if (parsed.region() != null && dataset.regions().find(parsed.region()).isEmpty()) {
            MapView.warn(AddressNotices.noRegion(Echo.of(parsed.region()), words));
            parsed = parsed.withRegion(null);
        }
        state = parsed;
        timeline.setWindow(state.window());
        render();
    }

    /** The address's query for the current view: the state, and what the address gave that it keeps. */
    public QueryParameters query() {
        return kept.onto(state.toQuery(overview.periodTo()));
    }

    /** Scheme, host and context path of this server, ending in a slash; for share links. */
    public String baseUrl() {
        return baseUrl;
    }

    void onLaunchSiteClick(Runnable handler) {
        canvas.onLaunchSiteClick(handler);
    }

    void openStrike(String strikeId) {
        if (strikeId.equals(state.strikeId())) {
            return;
        }
        state = state.withStrike(strikeId);
        render();
        pushUrl();
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
        pushUrl();
    }

    void changeWindow(TimeWindow window) {
        state = state.withWindow(window);
        Optional<Strike> open = Optional.ofNullable(state.strikeId()).flatMap(dataset.strikes()::find);
        if (open.isPresent() && !window.stateOf(open.get().date()).shown()) {
            state = state.withStrike(null);
        }
        render();
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location(pagePath, query()));
    }

    private void filterRegion(String code) {
        if (Objects.equals(code, state.region()) && state.strikeId() == null) {
            return;
        }
        state = state.withRegion(code).withStrike(null);
        render();
        pushUrl();
    }

    private void render() {
        canvas.setWindow(state.window());
        canvas.showStrike(state.strikeId());
        Optional<Strike> open = Optional.ofNullable(state.strikeId()).flatMap(dataset.strikes()::find);
        panel.getElement().getClassList().set("sm-panel-open", open.isPresent());
        card.show(open.map(Strike::id).orElse(null));
        list.setVisible(open.isEmpty());
        list.setWindow(state.window());
        list.setRegion(state.region(), state.region() == null ? null : dataset.regions().nameOf(state.region(), words.tag()));
    }

    private void pushUrl() {
        UI.getCurrent().getPage().getHistory().pushState(null, new Location(pagePath, query()));
    }
}
