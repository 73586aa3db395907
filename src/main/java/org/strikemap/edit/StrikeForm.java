package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.draft.RecordKey;
import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Messages;
import org.strikemap.map.StrikeNotes;
import org.strikemap.region.Region;
import org.strikemap.region.Regions;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/**
 * One strike's form (EDITOR.md's right-hand side): place per language, point (typed, or from the map), region filled
 * in from the point with a warning when the point lies outside the chosen one, how exact the place is, the date span
 * on its timeline, status, report and quote (checked), note, and the strike's claims. Vaadin's Binder checks that
 * the parts are there; the records' and the service's rules decide the rest and their reasons are shown. Saving
 * never publishes.
 */
final class StrikeForm extends Composite<Div> {

    private final OpenMap open;
    private final Binder<StrikeFields> binder = new Binder<>();
    private final H2 heading = new H2();
    private final Span changed = new Span();
    private final TextField id = new TextField();
    private final TextsField place;
    private final PointField point;
    private final ComboBox<String> region = new ComboBox<>();
    private final Span regionWarning = new Span();
    private final RadioButtonGroup<LocationPrecision> precision = new RadioButtonGroup<>();
    private final DateSpanField date;
    private final RadioButtonGroup<StrikeStatus> status = new RadioButtonGroup<>();
    private final CitationField citation;
    private final TextsField note;
    private final ClaimsList claims;
    private final TextField why = new TextField();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final Button history = new Button();
    private Consumer<GeoPoint> pointListener = point -> { };
    private Consumer<Strike> savedListener = strike -> { };
    private Strike loaded;

    StrikeForm(OpenMap open) {
        this.open = open;
        Div root = getContent();
        root.addClassName("ed-form");
        place = new TextsField(getTranslation("edit.field.place"), false);
        point = new PointField(getTranslation("edit.field.point"), getTranslation("edit.point.hint"));
        date = new DateSpanField(getTranslation("edit.field.date"));
        citation = new CitationField(open.me().name());
        note = new TextsField(getTranslation("edit.field.note"), true);
        claims = new ClaimsList(open);
        id.setLabel(getTranslation("edit.field.id"));
        region.setLabel(getTranslation("edit.field.region"));
        region.addClassName("ed-region-field");
        regionWarning.addClassName("ed-warning");
        regionWarning.getElement().setAttribute("role", "status");
        precision.setLabel(getTranslation("edit.field.precision"));
        precision.setItems(LocationPrecision.values());
        precision.setItemLabelGenerator(value -> ChoiceWords.locationPrecision(this, value));
        status.setLabel(getTranslation("edit.field.status"));
        status.setItems(StrikeStatus.values());
        status.setItemLabelGenerator(value -> ChoiceWords.status(this, value));
        why.setLabel(getTranslation("edit.why"));
        why.setWidthFull();
        changed.addClassName("ed-changed");
        changed.setText(getTranslation("edit.changed"));
        changed.setVisible(false);
        bind();

        point.addValueChangeListener(event -> {
            fillRegion(event.getValue());
            pointListener.accept(event.getValue());
        });
        region.addValueChangeListener(event -> warnAboutRegion());
        binder.addValueChangeListener(event -> changed.setVisible(binder.hasChanges()));

        save.setText(getTranslation("edit.save"));
        save.addClickListener(event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.setText(getTranslation("edit.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.addClickListener(event -> confirmDelete());
        history.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        history.addClickListener(event -> new HistoryDialog(open, RecordKeys.of(loaded, open.slug()), headingOf(loaded), () -> {
            Strike stored = open.content().strikes().find(loaded.id()).orElse(null);
            show(stored);
            savedListener.accept(stored);
        }).open());
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.add(id, place, point, new Div(region, regionWarning), precision, date, status, citation, note);
        Div actions = new Div(why, save, history, delete);
        actions.addClassName("ed-form-actions");
        Div title = new Div(heading, changed);
        title.addClassName("ed-form-title");
        root.add(title, form, claims, actions);
    }

    private void bind() {
        String required = getTranslation("edit.required");
        binder.forField(id).asRequired(required).bind(StrikeFields::getId, StrikeFields::setId);
        binder.forField(place).withValidator(Objects::nonNull, required).bind(StrikeFields::getPlace, StrikeFields::setPlace);
        binder.forField(point).withValidator(Validator.from(value -> value != null,
                context -> point.problem() != null ? point.problem() : required))
                .bind(StrikeFields::getPoint, StrikeFields::setPoint);
        binder.forField(region).withValidator(value -> value != null || open.content().regions().all().isEmpty(), required)
                .bind(StrikeFields::getRegion, StrikeFields::setRegion);
        binder.forField(precision).asRequired(required).bind(StrikeFields::getPrecision, StrikeFields::setPrecision);
        binder.forField(date).withValidator(Validator.from(value -> value != null,
                context -> date.problem() != null ? date.problem() : required))
                .bind(StrikeFields::getDate, StrikeFields::setDate);
        binder.forField(status).asRequired(required).bind(StrikeFields::getStatus, StrikeFields::setStatus);
        binder.forField(citation).withValidator(Choices::cited, getTranslation("edit.quote.required"))
                .bind(StrikeFields::getCitation, StrikeFields::setCitation);
        binder.forField(note).bind(StrikeFields::getNote, StrikeFields::setNote);
    }

    /** Takes the map's reports, regions, languages and period afresh (after any change to the draft). */
    void refreshChoices() {
        LoadedDataset content = open.content();
        Regions regions = content.regions();
        String language = getLocale().getLanguage();
        region.setItems(regions.all().stream().map(Region::code).toList());
        region.setItemLabelGenerator(code -> regions.nameOf(code, language));
        region.setVisible(!regions.all().isEmpty());
        place.setLanguages(content.description().languages());
        note.setLanguages(content.description().languages());
        citation.setSources(content.sources().all());
        date.setPeriod(content.sources().overview().periodFrom(), content.sources().overview().periodTo());
    }

    /** Shows {@code strike} as stored (its revision the one a save expects); null starts a new strike. */
    void show(Strike strike) {
        refreshChoices();
        loaded = strike;
        StrikeFields fields = strike == null ? new StrikeFields() : StrikeFields.of(strike);
        binder.readBean(fields);
        id.setReadOnly(strike != null);
        delete.setVisible(strike != null);
        history.setVisible(strike != null);
        history.setText(getTranslation("edit.history.button", "count", strike == null ? 0 : open.revisionOf(strike)));
        why.clear();
        heading.setText(strike == null ? getTranslation("edit.strike.new") : headingOf(strike));
        changed.setVisible(false);
        claims.show(strike == null ? null : strike.id());
        warnAboutRegion();
    }

    /** Sets the point from the map (a click, or the dragged mark). */
    void setPoint(GeoPoint value) {
        point.setValue(value);
    }

    GeoPoint point() {
        return point.getValue();
    }

    void onPointChange(Consumer<GeoPoint> listener) {
        this.pointListener = listener;
    }

    void onSaved(Consumer<Strike> listener) {
        this.savedListener = listener;
    }

    Strike loaded() {
        return loaded;
    }

    /** The form's parts, for tests: its buttons and inputs. */
    Button saveButton() {
        return save;
    }

    TextField whyField() {
        return why;
    }

    DateSpanField dateField() {
        return date;
    }

    CitationField citationField() {
        return citation;
    }

    TextsField placeField() {
        return place;
    }

    TextsField noteField() {
        return note;
    }

    /** The region chosen, the person's choice of one, and the warning about it ("" when none); for tests. */
    String region() {
        return region.getValue();
    }

    void chooseRegion(String code) {
        region.setValue(code);
    }

    String regionWarning() {
        return regionWarning.isVisible() ? regionWarning.getText() : "";
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    private void save() {
        StrikeFields fields = new StrikeFields();
        if (loaded == null && id.isEmpty()) {
            id.setValue(IdSuggestion.suggest(place.getValue() == null ? null : place.getValue().words(),
                    date.getValue() == null ? null : date.getValue().from().toString(), "strike",
                    open.content().strikes().byId().keySet()));
        }
        if (!binder.writeBeanIfValid(fields)) {
            OpenMap.alert(getTranslation("edit.form.invalid"));
            return;
        }
        Strike strike;
        try {
            strike = fields.toStrike();
        } catch (IllegalArgumentException | NullPointerException refused) {
            OpenMap.alert(refused.getMessage());
            return;
        }
        long expected = loaded == null ? 0 : open.revisionOf(loaded);
        open.save(strike, expected, why.getValue(), settled -> {
            Strike stored = open.content().strikes().find(strike.id()).orElse(null);
            show(stored);
            OpenMap.done(getTranslation("edit.saved"));
            savedListener.accept(stored);
        });
    }

    private void confirmDelete() {
        RecordKey key = RecordKeys.of(loaded, open.slug());
        new ConfirmDelete(headingOf(loaded), () -> open.delete(key, open.revisionOf(loaded), why.getValue(), () -> {
            show(null);
            savedListener.accept(null);
        })).open();
    }

    private void fillRegion(GeoPoint value) {
        if (value != null) {
            open.content().regions().at(value).map(Region::code).ifPresent(region::setValue);
        }
        warnAboutRegion();
    }

    private void warnAboutRegion() {
        Regions regions = open.content().regions();
        GeoPoint at = point.getValue();
        String code = region.getValue();
        String warning = "";
        if (at != null && !regions.all().isEmpty()) {
            Optional<Region> holding = regions.at(at);
            if (holding.isEmpty()) {
                warning = getTranslation("edit.region.outsideArea");
            } else if (code != null && !regions.holds(code, at)) {
                warning = getTranslation("edit.region.outside", "region", regions.nameOf(code, getLocale().getLanguage()),
                        "holding", holding.get().name().in(getLocale().getLanguage()));
            }
        }
        regionWarning.setText(warning);
        regionWarning.setVisible(!warning.isEmpty());
    }

    private String headingOf(Strike strike) {
        Messages words = Messages.of(getLocale());
        return strike.location().place().in(words.tag()) + " · " + StrikeNotes.dateLabel(strike.date(), words);
    }
}
