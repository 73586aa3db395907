package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.strikemap.account.Editor;
import org.strikemap.imports.ImportFormat;
import org.strikemap.live.LiveData;
import org.strikemap.live.LiveFeed;

/**
 * A map's live data in the editor: the address it follows (a CSV or GeoJSON address, fetched every N minutes), whether
 * a change is published at once, and the last fetch — when, how it went, and its problems as the import gave them.
 * Follow, stop, or fetch now. The services' reasons are shown as they are given.
 */
class LiveDataPanel extends Composite<Div> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'");

    private final String slug;
    private final Editor who;
    private final LiveData live;
    private final Div last = new Div();
    private final Div messages = new Div();

    LiveDataPanel(String slug, Editor who, LiveData live) {
        this.slug = slug;
        this.who = who;
        this.live = live;
        Div root = getContent();
        root.addClassName("dio-live");
        root.add(new Paragraph(getTranslation("live.intro")));
        Optional<LiveFeed> feed = live.feed(slug);
        TextField url = new TextField(getTranslation("live.url"));
        url.setWidthFull();
        url.setMaxLength(2000);
        Select<ImportFormat> format = new Select<>();
        format.setLabel(getTranslation("import.format.label"));
        format.setItems(List.of(ImportFormat.CSV, ImportFormat.GEOJSON, ImportFormat.ACLED));
        format.setItemLabelGenerator(item -> getTranslation("import.format." + item.code()));
        IntegerField every = new IntegerField(getTranslation("live.every"));
        every.setMin(1);
        every.setMax(LiveData.MAX_MINUTES);
        every.setStepButtonsVisible(true);
        Checkbox publish = new Checkbox(getTranslation("live.publish"));
        url.setValue(feed.map(f -> f.address().url()).orElse(""));
        format.setValue(feed.map(f -> f.address().format()).orElse(ImportFormat.CSV));
        every.setValue(feed.map(f -> f.schedule().everyMinutes()).orElse(60));
        publish.setValue(feed.map(f -> f.schedule().publishDirectly()).orElse(false));
        Button follow = new Button(getTranslation("live.follow"), event -> act(() -> live.follow(slug,
                new LiveFeed.Address(url.getValue(), format.getValue(), null),
                new LiveFeed.Schedule(every.getValue() == null ? 0 : every.getValue(), publish.getValue()), who)));
        follow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button now = new Button(getTranslation("live.now"), event -> act(() -> live.fetchNow(slug, who)));
        Button stop = new Button(getTranslation("live.stop"), event -> act(() -> live.stop(slug, who)));
        Div buttons = new Div(follow, now, stop);
        buttons.addClassName("dio-buttons");
        Div fields = new Div(url, format, every, publish);
        fields.addClassName("dio-fields");
        root.add(fields, new Paragraph(getTranslation("live.csvMapping")), buttons, messages,
                new H3(getTranslation("live.last")), last);
        showLast();
    }

    private void act(Runnable action) {
        messages.removeAll();
        try {
            action.run();
        } catch (RuntimeException refused) {
            Paragraph alert = new Paragraph(refused.getMessage());
            alert.addClassName("dio-alert");
            alert.getElement().setAttribute("role", "alert");
            messages.add(alert);
        }
        showLast();
    }

    private void showLast() {
        last.removeAll();
        Optional<LiveFeed> feed = live.feed(slug);
        if (feed.isEmpty()) {
            last.add(new Paragraph(getTranslation("live.none")));
            return;
        }
        LiveFeed.LastFetch fetch = feed.get().last();
        if (fetch == null || fetch.outcome() == null) {
            last.add(new Paragraph(getTranslation("live.never", "url", feed.get().address().url())));
            return;
        }
        Paragraph when = new Paragraph(getTranslation("live.when", "when", WHEN.format(fetch.at().atOffset(ZoneOffset.UTC)),
                "outcome", getTranslation("live.outcome." + fetch.outcome().name().toLowerCase(java.util.Locale.ROOT))));
        when.addClassName("dio-last");
        last.add(when);
        if (fetch.message() != null && !fetch.message().isBlank()) {
            Paragraph message = new Paragraph(fetch.message());
            message.addClassName(fetch.outcome() == LiveFeed.Outcome.FAILED ? "dio-alert" : "dio-note");
            last.add(message);
        }
    }
}
