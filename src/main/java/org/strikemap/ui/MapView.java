package org.strikemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import com.vaadin.flow.router.QueryParameters;
import org.strikemap.map.ShownMaps;
import org.strikemap.map.VersionArchive;
import org.strikemap.share.MapPaths;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.download.MapDownloads;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.share.Echo;
import org.strikemap.share.ViewAddress;

/**
 * The full page: map with its side panel, timeline, the EN | UK switch, About and Share; title and credits around it
 * come from {@link PageChrome}. URL: {@code /?date=…} or {@code ?from=…&to=…}, {@code &strike=…&region=…&lang=…}. The
 * language ({@code lang}, else the browser's Accept-Language) is chosen once, when the view is entered; the switch
 * reloads the page in the other.
 */
@Route("")
@RouteAlias(MapView.MAP_ROUTE)
@AnonymousAllowed
@JsModule("./ui/lang-switch.js")
public class MapView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Any map's full page; {@code /} is the default map's. */
    static final String MAP_ROUTE = "maps/:" + MapView.SLUG;
    static final String SLUG = "slug";

    private final StrikeExplorer.Factory explorers;
    private final MapDownloads downloads;
    private final VersionArchive archive;
    private ShownMaps.Shown shown;
    private LoadedDataset dataset;
    private MapPaths paths;
    private StrikeExplorer explorer;
    private Messages words;

    MapView(StrikeExplorer.Factory explorers, VersionArchive archive, MapDownloads downloads) {
        this.explorers = explorers;
        this.archive = archive;
        this.downloads = downloads;
        addClassName("sm-page");
        // The page's one main landmark: header and credits are around it (PageChrome).
        getElement().setAttribute("role", "main");
        // Flow keeps its last response (here the whole page, ~30 KB) to resend it should the browser retry; an idle
        // reader would hold it for the life of the view. One tiny answer from the browser once the page is drawn
        // makes the next response, a few bytes, the one kept.
        addAttachListener(event -> getElement().executeJs("return 0").then(ignored -> { }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("page.title", "title", dataset.description().in(getLocale().getLanguage()).title());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse(null);
        QueryParameters parameters = event.getLocation().getQueryParameters();
        Optional<ShownMaps.Shown> map = explorers.shown(slug, parameters.getSingleParameter(ShownMaps.PARAMETER).orElse(null));
        if (map.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String asked = parameters.getSingleParameter(Languages.PARAMETER).orElse(null);
        Set<String> languages = map.get().map().description().languages();
        // Chosen when the view is first entered; an address that names another language (a router navigation
        // rather than the switch's reload), another map or another version rebuilds the view.
        Optional<Locale> named = ViewAddress.language(asked, languages);
        if (explorer == null || !Objects.equals(slug, paths.slug()) || !Objects.equals(map.get().pinned(), shown.pinned())
                || named.filter(language -> !language.equals(words.locale())).isPresent()) {
            shown = map.get();
            dataset = shown.map();
            paths = slug == null ? MapPaths.DEFAULT : MapPaths.of(slug);
            VaadinRequest request = VaadinRequest.getCurrent();
            Locale locale = ViewAddress.chosenLanguage(asked, request == null ? null : request.getHeader("Accept-Language"),
                    languages);
            UI.getCurrent().setLocale(locale);
            removeAll();
            words = Messages.of(locale);
            build(words, new StrikeExplorer.Kept(named.map(Languages::tag).orElse(null), shown.pinned()));
        }
        if (asked != null && !asked.isEmpty() && named.isEmpty()) {
            warn(AddressNotices.badLanguage(Echo.of(asked), languages, words));
        }
        explorer.apply(event.getLocation().getQueryParameters());
    }

    private void build(Messages words, StrikeExplorer.Kept kept) {
        explorer = explorers.create(dataset, "strike-map", words, kept, paths.page());
        // The title, subtitle and credits are plain HTML around the view (PageChrome); the view holds what changes.
        Button about = new Button(words.get("page.about"), VaadinIcon.INFO_CIRCLE_O.create(), event -> openAbout());
        Button share = new Button(words.get("page.share"), VaadinIcon.CODE.create(), event -> openShare());
        about.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(languageSwitch(words, Languages.offered(dataset.description().languages())), about, share);
        actions.addClassName("sm-actions");
        if (shown.updatedSince()) {
            add(updatedSince(words, kept.language()));
        }
        add(actions, explorer);
        explorer.onLaunchSiteClick(this::openAbout);
    }

    /**
     * "This map has been updated since this version": a pinned address (an article's) shows the version it names,
     * and says so once a newer one exists, with a link to the latest in the same language.
     */
    private Component updatedSince(Messages words, String language) {
        Div notice = new Div();
        notice.addClassName("sm-updated-since");
        notice.getElement().setAttribute("role", "note");
        Anchor latest = new Anchor("/" + paths.page() + (language == null ? "" : "?" + Languages.PARAMETER + "=" + language),
                words.get("version.seeLatest"));
        latest.getElement().setAttribute("router-ignore", true);
        String day = archive.published(dataset.slug(), dataset.version())
                .map(entry -> words.shortDay(entry.publishedAt().atZone(java.time.ZoneOffset.UTC).toLocalDate())).orElse("");
        notice.add(new Span(words.get("version.updatedSince", "date", day) + " "), latest);
        return notice;
    }

    /**
     * EN | UK as plain links that reload the page: frontend/ui/lang-switch.js keeps each link's address the current
     * one (day, strike, region…) with only {@code lang} changed, however the view has moved since.
     */
    private static Component languageSwitch(Messages words, List<Locale> offered) {
        Div languages = new Div();
        languages.addClassName("sm-lang");
        languages.getElement().setAttribute("role", "group");
        languages.getElement().setAttribute("aria-label", words.get("page.language"));
        for (Locale locale : offered) {
            String tag = Languages.tag(locale);
            Anchor link = new Anchor("?" + Languages.PARAMETER + "=" + tag, tag.toUpperCase(Locale.ROOT));
            link.getElement().setAttribute("router-ignore", true).setAttribute("hreflang", tag)
                    .setAttribute("lang", tag).setAttribute("data-lang", tag)
                    .setAttribute("title", locale.getDisplayLanguage(locale));
            if (tag.equals(words.tag())) {
                link.getElement().setAttribute("aria-current", "true");
            }
            if (languages.getComponentCount() > 0) {
                Span bar = new Span("|");
                bar.getElement().setAttribute("aria-hidden", "true");
                languages.add(bar);
            }
            languages.add(link);
        }
        return languages;
    }

    private void openAbout() {
        openDialog(getTranslation("page.about"), new Div(new AboutPanel(dataset.description(), dataset.sources().overview(),
                getLocale().getLanguage(), !dataset.launch().rings().isEmpty(), archive.log(dataset.slug())),
                new DataLinks(explorer.baseUrl(), paths::data, dataset.version(), downloads.credit(dataset))));
    }

    private void openShare() {
        String base = explorer.baseUrl();
        String query = explorer.query().getQueryString();
        // The embed code always names the language: an article's embed is then one address, cached as such.
        QueryParameters pinned = explorer.query().merging(Languages.PARAMETER, words.tag())
                .merging(ShownMaps.PARAMETER, dataset.version());
        QueryParameters latest = QueryParameters.full(pinned.getParameters().entrySet().stream()
                .filter(parameter -> !parameter.getKey().equals(ShownMaps.PARAMETER))
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        parameter -> parameter.getValue().toArray(String[]::new))));
        String shownQuery = shown.pinned() == null ? latest.getQueryString() : pinned.getQueryString();
        openDialog(getTranslation("page.shareTitle"), new SharePanel(new SharePanel.Links(
                base + paths.page() + (query.isEmpty() ? "" : "?" + query), base + paths.embed() + "?" + latest.getQueryString(),
                base + paths.embed() + "?" + pinned.getQueryString(), base + paths.picture() + "?" + shownQuery),
                dataset.description().in(getLocale().getLanguage()).title()));
    }

    private void openDialog(String title, Component content) {
        Dialog dialog = new Dialog(content);
        dialog.setHeaderTitle(title);
        dialog.addClassName("sm-dialog");
        dialog.setWidth("min(720px, 96vw)");
        Button close = new Button(VaadinIcon.CLOSE.create(), event -> dialog.close());
        close.setAriaLabel(getTranslation("page.close"));
        close.addClassName("sm-dialog-close");
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.getHeader().add(close);
        dialog.open();
        // Focus moves into the dialog, so Escape and Tab act on it first; Vaadin gives it back to the opener on close.
        close.focus();
    }

    static void warn(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.getElement().setAttribute("role", "alert");
    }
}
