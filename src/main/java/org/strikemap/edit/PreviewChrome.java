package org.strikemap.edit;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.account.NotAllowed;
import org.strikemap.i18n.Languages;
import org.strikemap.i18n.Messages;
import org.strikemap.ui.PageChrome;

/**
 * Writes the readers' fixed words (title, subtitle, credits, colours: ui.PageChrome) around the preview page's outlet,
 * from the draft, as the readers' page gets them from the published map. Someone who may not edit the map gets the
 * page without them (the view then says no).
 */
@Component
class PreviewChrome implements VaadinServiceInitListener {

    private static final Pattern PREVIEW = Pattern.compile("/?edit/([^/]+)/preview/?");

    private final Previews previews;

    PreviewChrome(Previews previews) {
        this.previews = previews;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            VaadinRequest request = response.getVaadinRequest();
            Matcher preview = PREVIEW.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
            if (!preview.matches()) {
                return;
            }
            LoadedDataset map;
            try {
                map = previews.of(preview.group(1));
            } catch (NotAllowed | IllegalArgumentException | java.util.NoSuchElementException refused) {
                return;
            }
            Messages words = Messages.of(Languages.choose(request.getParameter(Languages.PARAMETER),
                    request.getHeader("Accept-Language"), map.description().languages()));
            PageChrome.frame(response.getDocument(), map, words);
        });
    }
}
