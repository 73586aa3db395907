package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Comparator;
import java.util.List;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.i18n.Messages;
import org.strikemap.map.Layer;
import org.strikemap.map.StrikeNotes;
import org.strikemap.strike.Strike;

/**
 * The workspace's strikes: the filter line and the grid of strikes on the left with the map under them, the strike's
 * form on the right (one column on a phone). Selecting a row opens the strike in the form and highlights its mark;
 * clicking a mark selects its row; clicking the map or dragging the mark sets the form's point.
 */
final class StrikesPanel extends Composite<Div> {

    private final OpenMap open;
    private final Grid<Strike> grid = new Grid<>();
    private final StrikeFilterBar filters;
    private final StrikeForm form;
    private final EditorMap map;
    private final Span count = new Span();

    StrikesPanel(OpenMap open, EditorMap map) {
        this.open = open;
        this.map = map;
        this.form = new StrikeForm(open);
        this.filters = new StrikeFilterBar(this::refreshGrid);
        Messages words = Messages.of(getLocale());
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addClassName("ed-grid");
        grid.addColumn(strike -> strike.location().place().in(words.tag())).setHeader(getTranslation("edit.field.place"))
                .setSortable(true).setComparator(Comparator.comparing(strike -> strike.location().place().in(words.tag())))
                .setFlexGrow(3).setKey("place");
        grid.addColumn(strike -> strike.location().region() == null ? "—"
                        : open.content().regions().nameOf(strike.location().region(), words.tag()))
                .setHeader(getTranslation("edit.field.region")).setSortable(true).setFlexGrow(2).setKey("region");
        grid.addColumn(strike -> shortDate(strike, words)).setHeader(getTranslation("edit.field.date"))
                .setSortable(true).setComparator(Comparator.comparing((Strike strike) -> strike.date().from())
                        .thenComparing(strike -> strike.date().precision()))
                .setFlexGrow(2).setKey("date");
        grid.addColumn(strike -> getTranslation("edit.statusShort." + strike.status().code()))
                .setHeader(getTranslation("edit.field.status")).setSortable(true).setFlexGrow(1).setKey("status");
        grid.addColumn(strike -> getTranslation("edit.locationPrecisionShort." + strike.location().precision().code()))
                .setHeader(getTranslation("edit.field.precision")).setSortable(true).setFlexGrow(1).setKey("precision");
        grid.addComponentColumn(this::quoteCell).setHeader(getTranslation("edit.field.quote")).setFlexGrow(0)
                .setWidth("4.5rem").setKey("quote");
        grid.setSelectionMode(Grid.SelectionMode.SINGLE);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient() || event.getValue() != null) {
                select(event.getValue());
            }
        });

        map.onFeatureClick((layer, id) -> {
            if (Layer.STRIKES.id().equals(layer)) {
                open.content().strikes().find(id).ifPresent(grid::select);
            }
        });
        map.onMapClick(form::setPoint);
        map.onMarkMoved(form::setPoint);
        form.onPointChange(point -> map.setDraggable(point, getTranslation("edit.point.mark"), Layer.STRIKES,
                form.loaded() == null ? null : form.loaded().id()));
        form.onSaved(strike -> {
            refreshGrid();
            if (strike != null) {
                grid.select(strike);
            } else {
                grid.deselectAll();
                map.select(Layer.STRIKES, null);
            }
        });
        open.onChange(this::refresh);

        Button add = new Button(getTranslation("edit.strike.add"), VaadinIcon.PLUS.create(), event -> {
            grid.deselectAll();
            select(null);
        });
        count.addClassName("ed-count");
        count.getElement().setAttribute("aria-live", "polite");
        Div listHead = new Div(count, add);
        listHead.addClassName("ed-list-head");
        Div left = new Div(filters, listHead, grid, map);
        left.addClassName("ed-left");
        Div right = new Div(form);
        right.addClassName("ed-right");
        getContent().addClassName("ed-panel");
        getContent().add(left, right);
        refresh();
        select(null);
    }

    /** The draft changed (a save, or read again): lists, map and choices follow. */
    private void refresh() {
        LoadedDataset content = open.content();
        filters.setRegions(content.regions());
        form.refreshChoices();
        map.show(content);
        refreshGrid();
    }

    private void refreshGrid() {
        Strike selected = grid.asSingleSelect().getValue();
        LoadedDataset content = open.content();
        StrikeFilter filter = filters.filter();
        List<Strike> shown = content.strikes().all().stream().filter(strike -> filter.test(strike, content.sources())).toList();
        grid.setItems(shown);
        count.setText(getTranslation("edit.strike.count", "shown", shown.size(), "all", content.strikes().all().size()));
        if (selected != null) {
            shown.stream().filter(strike -> strike.id().equals(selected.id())).findFirst().ifPresent(grid::select);
        }
    }

    private void select(Strike strike) {
        Strike current = strike == null ? null : open.content().strikes().find(strike.id()).orElse(strike);
        form.show(current);
        map.select(Layer.STRIKES, current == null ? null : current.id());
        map.setDraggable(current == null ? null : current.location().point(), getTranslation("edit.point.mark"),
                Layer.STRIKES, current == null ? null : current.id());
    }

    /** A period as its two days ("30 Dec 2023 – 7 Feb 2024"), any other date as readers read it. */
    private static String shortDate(Strike strike, Messages words) {
        var date = strike.date();
        return date.precision() == org.strikemap.strike.DatePrecision.PERIOD ? words.shortSpan(date.from(), date.to())
                : StrikeNotes.dateLabel(date, words);
    }

    private Span quoteCell(Strike strike) {
        QuoteState state = QuoteState.of(strike.citation(), open.content().sources());
        Span cell = new Span(state.sign());
        cell.addClassName(state.stands() ? "ed-found" : "ed-not-found");
        cell.getElement().setAttribute("title", getTranslation(state.key()));
        cell.getElement().setAttribute("aria-label", getTranslation(state.key()));
        return cell;
    }

    /** The parts, for tests. */
    Grid<Strike> grid() {
        return grid;
    }

    StrikeForm form() {
        return form;
    }

    StrikeFilterBar filters() {
        return filters;
    }
}
