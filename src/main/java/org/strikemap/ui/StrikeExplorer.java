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
import org.strikemap.launch.LaunchService;
import org.strikemap.launch.LaunchSite;
import org.strikemap.region.Region;
import org.strikemap.region.RegionService;
import org.strikemap.source.DatasetOverview;
import org.strikemap.source.SourceService;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeService;
import org.strikemap.strike.StrikeStatus;

/**
 * Map, timeline and panel working together, as on the page and in the embed: the URL names the day and the open
 * strike, clicking a mark opens its details, the timeline moves the day. Limits: one explorer per view.
 */
public class StrikeExplorer extends Composite<Div> {

    /** Builds explorers with the services they need; views get this injected. */
    @Component
    public static class Factory {
        private final MapData mapData;
        private final StrikeService strikes;
        private final RegionService regions;
        private final SourceService sources;
        private final LaunchService launch;

        Factory(MapData mapData, StrikeService strikes, RegionService regions, SourceService sources,
                LaunchService launch) {
            this.mapData = mapData;
            this.strikes = strikes;
            this.regions = regions;
            this.sources = sources;
            this.launch = launch;
        }

        public StrikeExplorer create(String mapId, boolean embedded) {
            return new StrikeExplorer(this, mapId, embedded);
        }
    }

    /** Width of the details card over an embedded map (see strikemap.css). */
    private static final int EMBED_PANEL_WIDTH = 350;

    private final Factory services;
    private final boolean embedded;
    private final String path;
    private final String baseUrl;
    private final StrikeMapCanvas canvas;
    private final Timeline timeline;
    private final Div panel = new Div();
    private final DatasetOverview overview;
    private final int located;
    private ViewState state;
    private String regionFilter;

    StrikeExplorer(Factory services, String mapId, boolean embedded) {
        this.services = services;
        this.embedded = embedded;
        this.path = embedded ? "embed" : "";
        this.baseUrl = baseUrlOf(VaadinRequest.getCurrent());
        this.overview = services.sources.overview();
        this.located = services.strikes.locatedAttackCount();
        this.state = new ViewState(overview.periodTo(), null, Optional.empty());

        canvas = new StrikeMapCanvas(services.mapData, mapId);
        List<Timeline.Item> items = services.strikes.all().stream().map(s -> new Timeline.Item(s.date().from(),
                s.date().to(), s.date().precision() == DatePrecision.DAY, s.status() == StrikeStatus.REPORTED)).toList();
        timeline = new Timeline(overview.periodFrom(), overview.periodTo(), items, unlocated());
        timeline.bindTo(canvas.map());
        timeline.addClassName("sm-timeline");
        panel.addClassName("sm-panel");

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
        if (parsed.strikeId() != null && services.strikes.find(parsed.strikeId()).isEmpty()) {
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
        Optional<Strike> open = Optional.ofNullable(state.strikeId()).flatMap(services.strikes::find);
        if (open.isPresent() && !open.get().date().possibleBy(day)) {
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
        panel.removeAll();
        Optional<Strike> open = Optional.ofNullable(state.strikeId()).flatMap(services.strikes::find);
        panel.getElement().getClassList().set("sm-panel-open", open.isPresent());
        if (embedded) {
            canvas.reserveRight(open.isPresent() ? EMBED_PANEL_WIDTH : 0);
        }
        if (open.isPresent()) {
            Strike strike = open.get();
            String regionName = services.regions.find(strike.regionCode()).map(Region::name).orElse(strike.regionCode());
            String launchName = services.launch.sites().stream().findFirst().map(LaunchSite::name).orElse("the launch area");
            panel.add(new StrikeDetails(strike, regionName, launchName, this::closeStrike));
        } else if (!embedded) {
            List<Strike> strikes = services.strikes.all().stream()
                    .filter(s -> regionFilter == null || regionFilter.equals(s.regionCode())).toList();
            String regionName = regionFilter == null ? null
                    : services.regions.find(regionFilter).map(Region::name).orElse(regionFilter);
            panel.add(new StrikeList(strikes, located, unlocated(), state.day(), regionName,
                    this::openStrike, () -> filterRegion(null)));
        }
    }

    private int unlocated() {
        return Math.max(0, overview.attacksReportedAtLeast() - located);
    }

    private void updateUrl() {
        UI.getCurrent().getPage().getHistory().replaceState(null, MapView.location(path, state));
    }

    private static String baseUrlOf(VaadinRequest request) {
        if (request == null) {
            return "/";
        }
        String scheme = Optional.ofNullable(request.getHeader("X-Forwarded-Proto")).orElse(request.isSecure() ? "https" : "http");
        String host = Optional.ofNullable(request.getHeader("Host")).orElse("localhost");
        return scheme + "://" + host + request.getContextPath() + "/";
    }
}
