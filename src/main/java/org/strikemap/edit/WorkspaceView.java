package org.strikemap.edit;

import org.strikemap.account.Requires;
import org.strikemap.account.Right;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.strikemap.account.Editor;
import org.strikemap.account.InterfaceLanguage;
import org.strikemap.account.NotAllowed;
import org.strikemap.account.People;
import org.strikemap.draft.Change;
import org.strikemap.draft.DraftService;
import org.strikemap.draft.RecordRefused;
import org.strikemap.publish.PublishService;
import org.strikemap.i18n.Messages;
import org.strikemap.map.MapLayers;
import org.strikemap.map.MapStyle;
import org.strikemap.map.VersionArchive;

/**
 * {@code /edit/{slug}}: one map's workspace (EDITOR.md). The header: back to the maps, the map's title, the draft's
 * state ("Draft: 3 changes by you, 1 by colleagues"), Preview (the draft as readers will see it, in a new tab) and
 * Publish…; under it a part per kind of record (WorkspaceParts): strikes (with their claims), reports, launch sites,
 * rings, the map's own words and the map's history (versions and deleted records), each built when first opened.
 */
@Requires(Right.EDIT_MAP)
@Route(WorkspaceView.ROUTE)
@StyleSheet("styles/edit.css")
public class WorkspaceView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "edit/:" + WorkspaceView.SLUG;
    static final String SLUG = "slug";

    private final People people;
    private final DraftService drafts;
    private final PublishService publisher;
    private final MapLayers layers;
    private final VersionArchive archive;
    private final Span draftState = new Span();
    private OpenMap open;
    private String title = "";

    WorkspaceView(People people, DraftService drafts, PublishService publisher, MapLayers layers, VersionArchive archive) {
        this.people = people;
        this.drafts = drafts;
        this.publisher = publisher;
        this.layers = layers;
        this.archive = archive;
        addClassName("ed-page");
        getElement().setAttribute("style", MapStyle.cssDeclarations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("edit.workspace.pageTitle", "title", title);
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
        String slug = event.getRouteParameters().get(SLUG).orElseThrow();
        if (!people.canEdit(who.get(), slug)) {
            add(Access.refused(this, getTranslation("edit.access.notYours", "name", who.get().name())));
            return;
        }
        try {
            open = new OpenMap(drafts, slug, who.get());
        } catch (NotAllowed refused) {
            add(Access.refused(this, refused.getMessage()));
            return;
        } catch (RecordRefused | NoSuchElementException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        title = open.content().description().in(getLocale().getLanguage()).title();
        build();
    }

    private void build() {
        RouterLink back = new RouterLink(getTranslation("edit.maps.back"), MapsView.class);
        H1 heading = new H1(title);
        Div crumb = new Div(back, heading);
        EditorHeader header = new EditorHeader(crumb, open.me());
        draftState.addClassName("ed-draft-state");
        draftState.getElement().setAttribute("aria-live", "polite");
        Anchor preview = new Anchor(PreviewView.path(open.slug()), getTranslation("edit.preview"));
        preview.setTarget(AnchorTarget.BLANK);
        preview.getElement().setAttribute("router-ignore", true);
        preview.addClassName("ed-button-link");
        Button publish = new Button(getTranslation("edit.publish.open"), VaadinIcon.UPLOAD.create(),
                event -> new PublishDialog(open, publisher).open());
        header.addActions(draftState, preview, publish);
        open.onChange(this::showDraftState);
        showDraftState();

        Messages words = Messages.of(getLocale());
        WorkspaceParts parts = new WorkspaceParts();
        parts.add(getTranslation("edit.tab.strikes"), () -> new StrikesPanel(open, map(words)));
        parts.add(getTranslation("edit.tab.sources"), () -> new SourcesPanel(open));
        parts.add(getTranslation("edit.tab.sites"), () -> new LaunchSitesPanel(open, map(words)));
        parts.add(getTranslation("edit.tab.rings"), () -> new RingsPanel(open, map(words)));
        parts.add(getTranslation("edit.tab.words"), () -> new WordsPanel(open));
        parts.add(getTranslation("edit.tab.history"), () -> new MapHistoryPanel(open, publisher, archive));
        Div main = new Div(parts);
        main.addClassName("ed-main");
        main.getElement().setAttribute("role", "main");
        add(header, main);
    }

    private EditorMap map(Messages words) {
        return new EditorMap(layers, words, getTranslation("edit.map.label", "title", title));
    }

    private void showDraftState() {
        List<Change> changes = publisher.changes(open.slug());
        long mine = changes.stream().filter(change -> change.made().by().id() == open.me().id()).count();
        draftState.setText(changes.isEmpty() ? getTranslation("edit.draft.none")
                : getTranslation("edit.draft.changes", "mine", mine, "theirs", changes.size() - mine));
    }
}
