package org.strikemap.edit;

import org.strikemap.account.Requires;
import org.strikemap.account.Right;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.strikemap.account.Editor;
import org.strikemap.account.InterfaceLanguage;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordRefused;
import org.strikemap.publish.PublishService;
import org.strikemap.publish.PublishService.MapSummary;
import org.strikemap.i18n.Messages;
import org.strikemap.map.MapStyle;
import org.strikemap.region.Area;

/**
 * {@code /edit}: the maps the person may edit (title, area, strikes, changes waiting in the draft, last published
 * version), archived ones behind a check box; "New map"; archive and unarchive (a map is never deleted here); and
 * for admins, who may edit and review each map.
 */
@Requires(Right.SIGNED_IN)
@Route(MapsView.PATH)
@StyleSheet("styles/edit.css")
public class MapsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "edit";

    private final People people;
    private final DraftService drafts;
    private final PublishService publisher;
    private final Grid<MapSummary> grid = new Grid<>();
    private final Checkbox archived = new Checkbox();
    private final Paragraph empty = new Paragraph();
    private Editor me;

    MapsView(People people, DraftService drafts, PublishService publisher) {
        this.people = people;
        this.drafts = drafts;
        this.publisher = publisher;
        addClassName("ed-page");
        getElement().setAttribute("style", MapStyle.cssDeclarations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("edit.maps.pageTitle");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InterfaceLanguage.apply(event);
        removeAll();
        Optional<Editor> who = people.current();
        if (who.isEmpty()) {
            add(Access.signInNeeded(this));
            return;
        }
        me = who.get();
        build();
        refresh();
    }

    private void build() {
        EditorHeader header = new EditorHeader(new H1(getTranslation("edit.maps.title")), me);
        Button create = new Button(getTranslation("edit.maps.new"), VaadinIcon.PLUS.create(),
                event -> new NewMapDialog(drafts, me, slug -> getUI().ifPresent(ui -> ui.navigate(WorkspaceView.class,
                        new RouteParameters(WorkspaceView.SLUG, slug)))).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Only admins make maps (the draft service says so to anyone else): nobody else is offered the button.
        if (people.isAdmin(me)) {
            header.addActions(create);
        }

        Messages words = Messages.of(getLocale());
        boolean admin = people.isAdmin(me);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("ed-grid");
        grid.addComponentColumn(this::titleLink).setHeader(getTranslation("edit.field.title")).setFlexGrow(3).setWidth("14rem")
                .setComparator(Comparator.comparing(map -> map.title().in(words.tag()))).setSortable(true);
        grid.addColumn(map -> areaOf(map.area())).setHeader(getTranslation("edit.field.area")).setSortable(true);
        grid.addColumn(MapSummary::strikes).setHeader(getTranslation("edit.maps.strikes")).setSortable(true)
                .setFlexGrow(0).setWidth("7rem");
        grid.addColumn(map -> map.changes() == 0 ? "—" : getTranslation("edit.maps.changes", "count", map.changes()))
                .setHeader(getTranslation("edit.maps.draft")).setSortable(true).setComparator(MapSummary::changes);
        grid.addColumn(map -> map.published().map(version -> getTranslation("edit.maps.version", "date",
                        words.shortDay(version.publishedAt().atZone(ZoneOffset.UTC).toLocalDate()),
                        "version", PublishDialog.shortName(version))).orElse(getTranslation("edit.maps.never")))
                .setHeader(getTranslation("edit.maps.published"));
        grid.addComponentColumn(map -> actions(map, admin)).setHeader(getTranslation("edit.maps.actions")).setFlexGrow(2);
        archived.setLabel(getTranslation("edit.maps.showArchived"));
        archived.addValueChangeListener(event -> refresh());
        empty.setText(getTranslation("edit.maps.none"));
        empty.addClassName("ed-empty");
        Div main = new Div(archived, grid, empty);
        main.addClassName("ed-main");
        main.getElement().setAttribute("role", "main");
        add(header, main);
    }

    private void refresh() {
        List<MapSummary> maps = publisher.maps(me).stream().filter(map -> archived.getValue() || !map.archived()).toList();
        grid.setItems(maps);
        grid.setAllRowsVisible(true);
        grid.setVisible(!maps.isEmpty());
        empty.setVisible(maps.isEmpty());
    }

    private Component titleLink(MapSummary map) {
        RouterLink link = new RouterLink(map.title().in(getLocale().getLanguage()), WorkspaceView.class,
                new RouteParameters(WorkspaceView.SLUG, map.slug()));
        link.addClassName("ed-map-link");
        if (map.archived()) {
            link.setText(link.getText() + " (" + getTranslation("edit.maps.archived") + ")");
        }
        return link;
    }

    private Component actions(MapSummary map, boolean admin) {
        Button archive = new Button(getTranslation(map.archived() ? "edit.maps.unarchive" : "edit.maps.archive"), event -> {
            try {
                drafts.archive(map.slug(), me, !map.archived());
            } catch (NotAllowed | RecordRefused refused) {
                OpenMap.alert(refused.getMessage());
                return;
            }
            refresh();
        });
        archive.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        archive.setAriaLabel(getTranslation(map.archived() ? "edit.maps.unarchiveNamed" : "edit.maps.archiveNamed",
                "title", map.title().in(getLocale().getLanguage())));
        Div actions = new Div(archive);
        actions.addClassName("ed-row-actions");
        if (admin) {
            Button rights = new Button(getTranslation("edit.maps.people"), event -> new GrantsDialog(people, me, map.slug(),
                    map.title().in(getLocale().getLanguage())).open());
            rights.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            rights.setAriaLabel(getTranslation("edit.maps.peopleNamed", "title", map.title().in(getLocale().getLanguage())));
            actions.add(rights);
        }
        return actions;
    }

    /** The list, for tests. */
    Grid<MapSummary> grid() {
        return grid;
    }

    private String areaOf(Area area) {
        return area.isNone() ? getTranslation("edit.area.none") : area.countries().stream()
                .map(code -> Locale.of("", code).getDisplayCountry(getLocale())).collect(Collectors.joining(", "));
    }
}
