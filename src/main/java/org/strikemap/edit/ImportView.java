package org.strikemap.edit;

import org.strikemap.account.Requires;
import org.strikemap.account.Right;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import java.util.Optional;
import org.strikemap.account.Editor;
import org.strikemap.account.InterfaceLanguage;
import org.strikemap.account.People;
import org.strikemap.dataset.Datasets;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.download.DataFile;
import org.strikemap.imports.ImportService;
import org.strikemap.live.LiveData;
import org.strikemap.map.MapStyle;
import org.strikemap.share.MapPaths;

/**
 * {@code /edit/{slug}/import}: a map's data in and out, for its editors: import a file into the draft (the wizard),
 * the live data the map follows, and "Get the data" (the published version's downloads, as readers get them).
 */
@Requires(Right.EDIT_MAP)
@Route(ImportView.ROUTE)
@StyleSheet("styles/data-io.css")
public class ImportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "edit/:slug/import";
    static final String SLUG = "slug";

    private final People people;
    private final ImportService imports;
    private final LiveData live;
    private final Datasets datasets;
    private String title = "";

    ImportView(People people, ImportService imports, LiveData live, Datasets datasets) {
        this.people = people;
        this.imports = imports;
        this.live = live;
        this.datasets = datasets;
        addClassName("dio-page");
        getElement().setAttribute("style", MapStyle.cssDeclarations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.pageTitle", "title", title);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        InterfaceLanguage.apply(event);
        removeAll();
        String slug = event.getRouteParameters().get(SLUG).orElseThrow();
        Optional<Editor> who = people.current();
        if (who.isEmpty() || !people.canEdit(who.get(), slug)) {
            add(new H1(getTranslation("import.refused")), new Paragraph(who.isEmpty()
                    ? getTranslation("import.signIn") : getTranslation("import.notYours", "name", who.get().name())));
            return;
        }
        Optional<LoadedDataset> published = datasets.find(slug);
        title = published.map(map -> map.description().words().title().in(getLocale().getLanguage())).orElse(slug);
        Div header = new Div(new Anchor("edit/" + slug, getTranslation("import.backToMap")),
                new H1(getTranslation("import.heading", "title", title)));
        header.addClassName("dio-header");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("import.tab.file"), new ImportWizard(slug, who.get(), imports));
        tabs.add(getTranslation("import.tab.live"), new LiveDataPanel(slug, who.get(), live));
        tabs.add(getTranslation("import.tab.data"), dataLinks(slug, published));
        Div main = new Div(tabs);
        main.addClassName("dio-main");
        main.getElement().setAttribute("role", "main");
        add(header, main);
    }

    /** The published version's downloads, as readers get them; none before the map is first published. */
    private Div dataLinks(String slug, Optional<LoadedDataset> published) {
        Div data = new Div();
        data.addClassName("dio-data");
        if (published.isEmpty()) {
            data.add(new Paragraph(getTranslation("import.data.none")));
            return data;
        }
        String version = published.get().version();
        data.add(new Paragraph(getTranslation("import.data.intro", "version", version)));
        UnorderedList links = new UnorderedList();
        for (DataFile file : DataFile.values()) {
            Anchor link = new Anchor(MapPaths.of(slug).data(file.fileName()) + "?version=" + version,
                    getTranslation("data." + file.name().toLowerCase(java.util.Locale.ROOT)));
            link.getElement().setAttribute("download", "").setAttribute("router-ignore", true)
                    .setAttribute("data-file", file.fileName());
            links.add(new ListItem(link));
        }
        data.add(links);
        return data;
    }
}
