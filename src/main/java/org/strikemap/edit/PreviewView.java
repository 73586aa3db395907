package org.strikemap.edit;

import org.strikemap.account.Requires;
import org.strikemap.account.Right;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.account.NotAllowed;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.ui.StrikeExplorer;

/**
 * {@code /edit/{slug}/preview}: the map's draft as readers will see it once published — the readers' own map, list,
 * card and timeline, with the map's title and credits around them ({@link PreviewChrome}), under a line that says
 * it is a preview. Its layers come from {@link PreviewLayers}, for people who may edit the map only. The language
 * is chosen as on the readers' page. Limits: no About or Share buttons (nothing to share before publishing).
 */
@Requires(Right.EDIT_MAP)
@Route(PreviewView.ROUTE)
@StyleSheet("styles/edit.css")
public class PreviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "edit/:" + WorkspaceView.SLUG + "/preview";

    private final Previews previews;
    private final StrikeExplorer.Factory explorers;
    private String title = "";

    PreviewView(Previews previews, StrikeExplorer.Factory explorers) {
        this.previews = previews;
        this.explorers = explorers;
        addClassName("sm-page");
        getElement().setAttribute("role", "main");
    }

    /** The preview's path from the site root. */
    static String path(String slug) {
        return "edit/" + slug + "/preview";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("edit.preview.pageTitle", "title", title);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(WorkspaceView.SLUG).orElseThrow();
        removeAll();
        LoadedDataset map;
        try {
            map = previews.of(slug);
        } catch (NotAllowed refused) {
            add(Access.refused(this, refused.getMessage()));
            return;
        } catch (IllegalArgumentException | NoSuchElementException unknown) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String asked = event.getLocation().getQueryParameters().getSingleParameter(Languages.PARAMETER).orElse(null);
        VaadinRequest request = VaadinRequest.getCurrent();
        Locale locale = Languages.choose(asked, request == null ? null : request.getHeader("Accept-Language"),
                map.description().languages());
        UI.getCurrent().setLocale(locale);
        Messages words = Messages.of(locale);
        title = map.description().in(words.tag()).title();
        Span banner = new Span(getTranslation("edit.preview.banner"));
        banner.addClassName("ed-preview-banner");
        banner.getElement().setAttribute("role", "note");
        StrikeExplorer explorer = explorers.create(map, "strike-map", words, new StrikeExplorer.Kept(
                Languages.named(asked, map.description().languages()).map(Languages::tag).orElse(null), null), path(slug),
                path(slug) + "/");
        explorer.apply(event.getLocation().getQueryParameters());
        add(banner, explorer);
    }
}
