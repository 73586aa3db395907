package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridMultiSelectionModel;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strikemap.account.NotAllowed;
import org.strikemap.draft.Change;
import org.strikemap.draft.RecordRefused;
import org.strikemap.i18n.Messages;
import org.strikemap.map.Corrections;
import org.strikemap.map.VersionArchive;
import org.strikemap.publish.PublishService;
import org.strikemap.publish.Version;

/**
 * The map's history (issue 18, per map): its published versions newest first, each with who published it, when, the
 * note for readers and what changed, in the words readers' log uses (map.Corrections); two ticked are compared strike
 * by strike; "Roll back to this version" makes that version the draft again (PublishService.rollBack), to review and
 * publish like any change. Under them, the draft's deleted records, each restorable as a new revision. Limits: reads
 * the versions when the part is opened and after a rollback; a version's changes are those from the one before it,
 * found by its publication (name and time): a version republished by a rollback has an earlier one's name.
 */
final class MapHistoryPanel extends Composite<Div> {

    /** One publication of a version: its name alone is not one, as a rollback publishes an earlier name again. */
    private record Publication(String version, Instant at) {
    }

    private final OpenMap open;
    private final PublishService publisher;
    private final VersionArchive archive;
    private final Grid<Version> versions = new Grid<>();
    private final Div comparison = new Div();
    private final Grid<Change> deleted = new Grid<>();
    private final H2 deletedTitle = new H2();
    private final DateTimeFormatter when;
    private Map<Publication, VersionArchive.Published> logged = Map.of();
    private Version newest;

    MapHistoryPanel(OpenMap open, PublishService publisher, VersionArchive archive) {
        this.open = open;
        this.publisher = publisher;
        this.archive = archive;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        getContent().addClassName("ed-map-history");

        versions.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Two are ticked to compare: "select all" would tick more and compare nothing.
        ((GridMultiSelectionModel<Version>) versions.setSelectionMode(Grid.SelectionMode.MULTI))
                .setSelectAllCheckboxVisibility(GridMultiSelectionModel.SelectAllCheckboxVisibility.HIDDEN);
        versions.getElement().setAttribute("aria-label", getTranslation("edit.versions.title"));
        // Two columns, so the list fits a phone (as a record's history does): the version (its name, who, when, the
        // note) and what it changed over its roll-back button.
        versions.addComponentColumn(this::versionOf).setHeader(getTranslation("edit.versions.name")).setFlexGrow(2);
        versions.addComponentColumn(version -> {
            Div cell = new Div(changesOf(version));
            cell.addClassName("ed-history-changed");
            rollBackButton(version).ifPresent(cell::add);
            return cell;
        }).setHeader(getTranslation("edit.history.changed")).setFlexGrow(3);
        versions.addSelectionListener(event -> compare(new ArrayList<>(event.getAllSelectedItems())));
        comparison.addClassName("ed-history-compare");

        deleted.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        deleted.getElement().setAttribute("aria-label", getTranslation("edit.deleted.title"));
        deletedTitle.setText(getTranslation("edit.deleted.title"));
        // The record (what, who, when, why, one line each) and its restore button: narrow enough for a phone.
        deleted.addComponentColumn(this::deletedRecord).setHeader(getTranslation("edit.deleted.record")).setFlexGrow(1);
        deleted.addComponentColumn(this::restoreButton).setFlexGrow(0).setAutoWidth(true);

        getContent().add(new H2(getTranslation("edit.versions.title")), versions,
                new Paragraph(getTranslation("edit.versions.hint")), comparison,
                deletedTitle, deleted);
        refresh();
        open.onChange(this::refresh);
    }

    private void refresh() {
        List<Version> all = publisher.versions(open.slug());
        newest = all.isEmpty() ? null : all.getFirst();
        logged = archive.log(open.slug()).stream()
                .collect(Collectors.toMap(entry -> new Publication(entry.version(), entry.publishedAt()),
                        Function.identity(), (a, b) -> a));
        versions.setItems(all);
        versions.setAllRowsVisible(all.size() <= 8);
        if (all.size() > 8) {
            versions.setHeight("24rem");
        }
        comparison.removeAll();
        List<Change> gone = open.deleted();
        deleted.setItems(gone);
        deleted.setAllRowsVisible(true);
        deleted.setVisible(!gone.isEmpty());
        // No heading over nothing: the part shows deleted records only when there are some.
        deletedTitle.setVisible(!gone.isEmpty());
    }

    /** "abc1234 · Rita Reviewer", when, and the note for readers (when given), one line each. */
    private Div versionOf(Version version) {
        Div cell = new Div(new Span(PublishDialog.shortName(version) + " · " + version.by().name()),
                new Span(when.format(version.publishedAt())));
        if (version.note() != null && !version.note().isBlank()) {
            cell.add(new Span(version.note()));
        }
        cell.addClassName("ed-history-revision");
        return cell;
    }

    /** What a version changed from the one before it, as readers' log words it. */
    private Span changesOf(Version version) {
        VersionArchive.Published published = logged.get(new Publication(version.version(), version.publishedAt()));
        List<String> sentences = published == null ? List.of() : published.sentences(getLocale().getLanguage());
        Span changes = new Span(sentences.isEmpty() ? getTranslation("edit.versions.first") : String.join(" ", sentences));
        changes.addClassName("ed-value");
        return changes;
    }

    /** Every version but the newest (where the draft started) may be rolled back to. */
    private Optional<Button> rollBackButton(Version version) {
        if (version.equals(newest)) {
            return Optional.empty();
        }
        Button button = new Button(getTranslation("edit.versions.rollBack"), event -> confirmRollBack(version));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("edit.versions.rollBackNamed", "version", PublishDialog.shortName(version)));
        return Optional.of(button);
    }

    /** "strike s12", who deleted it and when, and why (when given), one line each. */
    private Div deletedRecord(Change change) {
        Div cell = new Div(new Span(getTranslation("edit.kind." + change.key().kind().name().toLowerCase(Locale.ROOT)) + " "
                + change.key().id()), new Span(change.made().by().name() + " · " + when.format(change.made().at())));
        if (change.made().why() != null && !change.made().why().isBlank()) {
            cell.add(new Span(change.made().why()));
        }
        cell.addClassName("ed-history-revision");
        return cell;
    }

    private void confirmRollBack(Version version) {
        Dialog confirm = new Dialog();
        confirm.setHeaderTitle(getTranslation("edit.versions.rollBackTitle", "version", PublishDialog.shortName(version)));
        confirm.add(new Paragraph(getTranslation("edit.versions.rollBackExplain")));
        TextField why = new TextField(getTranslation("edit.why"));
        why.setWidthFull();
        confirm.add(why);
        Button cancel = new Button(getTranslation("edit.cancel"), event -> confirm.close());
        Button yes = new Button(getTranslation("edit.versions.rollBack"), event -> {
            confirm.close();
            int changed;
            try {
                changed = publisher.rollBack(open.slug(), version.version(), open.me(), why.getValue());
            } catch (NotAllowed | RecordRefused | IllegalArgumentException refused) {
                OpenMap.alert(refused.getMessage());
                return;
            }
            open.reload();
            OpenMap.done(getTranslation("edit.versions.rolledBack", "count", changed));
        });
        yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.getFooter().add(cancel, yes);
        confirm.open();
    }

    private Span restoreButton(Change change) {
        Button button = new Button(getTranslation("edit.deleted.restore"), event -> open.restoreDeleted(change.key(),
                () -> OpenMap.done(getTranslation("edit.deleted.restored", "record", change.key().id()))));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.setAriaLabel(getTranslation("edit.deleted.restoreNamed", "record", change.key().id()));
        return new Span(button);
    }

    /** Two versions strike by strike, the older first, in the words of readers' log; anything else asks for two. */
    private void compare(List<Version> selected) {
        comparison.removeAll();
        if (selected.size() != 2) {
            return;
        }
        selected.sort(Comparator.comparing(Version::publishedAt));
        Version older = selected.get(0);
        Version newer = selected.get(1);
        comparison.add(new H3(getTranslation("edit.versions.comparing", "older", PublishDialog.shortName(older),
                "newer", PublishDialog.shortName(newer))));
        List<String> sentences;
        try {
            sentences = Corrections.sentences(publisher.compare(open.slug(), older.version(), newer.version()),
                    archive.version(open.slug(), older.version()).orElseThrow(),
                    archive.version(open.slug(), newer.version()).orElseThrow(), Messages.of(getLocale()));
        } catch (NotAllowed | java.util.NoSuchElementException missing) {
            OpenMap.alert(missing.getMessage());
            return;
        }
        if (sentences.isEmpty()) {
            comparison.add(new Paragraph(getTranslation("edit.versions.same")));
            return;
        }
        UnorderedList list = new UnorderedList();
        sentences.forEach(sentence -> list.add(new ListItem(sentence)));
        comparison.add(list);
    }
}
