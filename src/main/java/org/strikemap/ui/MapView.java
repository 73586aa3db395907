package org.strikemap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import org.strikemap.dataset.LoadedDataset;

/** The full page: map with its side panel, timeline, About and Share; title and credits around it come from {@link PageChrome}. URL: {@code /?date=…} or {@code ?from=…&to=…}, {@code &strike=…&region=…}. */
@Route("")
public class MapView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final StrikeExplorer explorer;
    private final LoadedDataset dataset;

    MapView(StrikeExplorer.Factory explorers) {
        dataset = explorers.dataset();
        explorer = explorers.create(dataset, "strike-map");
        addClassName("sm-page");

        // The title, subtitle and credits are plain HTML around the view (PageChrome); the view holds what changes.
        Button about = new Button("About this map", VaadinIcon.INFO_CIRCLE_O.create(), event -> openAbout());
        Button share = new Button("Share / embed", VaadinIcon.CODE.create(), event -> openShare());
        about.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Div actions = new Div(about, share);
        actions.addClassName("sm-actions");

        add(actions, explorer);
        explorer.onLaunchSiteClick(this::openAbout);
        // Flow keeps its last response (here the whole page, ~30 KB) to resend it should the browser retry; an idle
        // reader would hold it for the life of the view. One tiny answer from the browser once the page is drawn
        // makes the next response, a few bytes, the one kept.
        addAttachListener(event -> getElement().executeJs("return 0").then(ignored -> { }));
    }

    @Override
    public String getPageTitle() {
        return dataset.description().title() + " · StrikeMap";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        explorer.apply(event.getLocation().getQueryParameters());
    }

    private void openAbout() {
        openDialog("About this map", new AboutPanel(dataset.description(), dataset.sources().overview(),
                !dataset.launch().rings().isEmpty()));
    }

    private void openShare() {
        String base = explorer.baseUrl();
        String query = explorer.state().toQuery().getQueryString();
        openDialog("Share or embed this map", new SharePanel(base + "?" + query,
                base + "embed?" + query, base + "embed.png?" + query, dataset.description().title()));
    }

    private void openDialog(String title, Component content) {
        Dialog dialog = new Dialog(content);
        dialog.setHeaderTitle(title);
        dialog.addClassName("sm-dialog");
        dialog.setWidth("min(720px, 96vw)");
        Button close = new Button(VaadinIcon.CLOSE.create(), event -> dialog.close());
        close.setAriaLabel("Close");
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

    static Location location(String path, ViewState state) {
        return new Location(path, state.toQuery());
    }
}
