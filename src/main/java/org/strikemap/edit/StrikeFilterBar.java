package org.strikemap.edit;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.details.DetailsVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import org.strikemap.region.Region;
import org.strikemap.region.Regions;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.StrikeStatus;

/** The grid's filter line: region, days, status, how exact place and date are, "no source" and "quote not found". */
final class StrikeFilterBar extends Composite<Div> {

    private final ComboBox<String> region = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Select<StrikeStatus> status = new Select<>();
    private final Select<LocationPrecision> place = new Select<>();
    private final Select<DatePrecision> date = new Select<>();
    private final Checkbox noSource = new Checkbox();
    private final Checkbox quoteNotFound = new Checkbox();

    StrikeFilterBar(Runnable changed) {
        Div root = getContent();
        root.addClassName("ed-filters");
        region.setLabel(getTranslation("edit.field.region"));
        region.setClearButtonVisible(true);
        from.setLabel(getTranslation("edit.filter.from"));
        to.setLabel(getTranslation("edit.filter.to"));
        EditorDates.localize(from, getLocale());
        EditorDates.localize(to, getLocale());
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setClearButtonVisible(true);
        }
        status.setLabel(getTranslation("edit.field.status"));
        status.setItems(StrikeStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("edit.filter.any"));
        status.setItemLabelGenerator(value -> value == null ? getTranslation("edit.filter.any")
                : ChoiceWords.status(this, value));
        place.setLabel(getTranslation("edit.field.precision"));
        place.setItems(LocationPrecision.values());
        place.setEmptySelectionAllowed(true);
        place.setEmptySelectionCaption(getTranslation("edit.filter.any"));
        place.setItemLabelGenerator(value -> value == null ? getTranslation("edit.filter.any")
                : ChoiceWords.locationPrecision(this, value));
        date.setLabel(getTranslation("edit.date.precision"));
        date.setItems(DatePrecision.values());
        date.setEmptySelectionAllowed(true);
        date.setEmptySelectionCaption(getTranslation("edit.filter.any"));
        date.setItemLabelGenerator(value -> value == null ? getTranslation("edit.filter.any")
                : ChoiceWords.datePrecision(this, value));
        noSource.setLabel(getTranslation("edit.filter.noSource"));
        quoteNotFound.setLabel(getTranslation("edit.filter.quoteNotFound"));
        region.addValueChangeListener(event -> changed.run());
        from.addValueChangeListener(event -> changed.run());
        to.addValueChangeListener(event -> changed.run());
        status.addValueChangeListener(event -> changed.run());
        place.addValueChangeListener(event -> changed.run());
        date.addValueChangeListener(event -> changed.run());
        noSource.addValueChangeListener(event -> changed.run());
        quoteNotFound.addValueChangeListener(event -> changed.run());
        Div flags = new Div(noSource, quoteNotFound);
        flags.addClassName("ed-filter-flags");
        // The everyday filters in view; how exact, and the status, one click further.
        Details more = new Details(getTranslation("edit.filter.more"), new Div(status, place, date));
        more.addClassName("ed-more-filters");
        more.addThemeVariants(DetailsVariant.LUMO_SMALL);
        root.add(region, from, to, flags, more);
    }

    /** The map's regions to filter by; hidden on a map without any. */
    void setRegions(Regions regions) {
        String chosen = region.getValue();
        region.setItems(regions.all().stream().map(Region::code).toList());
        region.setItemLabelGenerator(code -> regions.nameOf(code, getLocale().getLanguage()));
        region.setVisible(!regions.all().isEmpty());
        if (chosen != null && regions.find(chosen).isPresent()) {
            region.setValue(chosen);
        }
    }

    StrikeFilter filter() {
        return new StrikeFilter(region.getValue(), from.getValue(), to.getValue(), status.getValue(), place.getValue(),
                date.getValue(), new StrikeFilter.Flags(noSource.getValue(), quoteNotFound.getValue()));
    }

    /** The check boxes, for tests. */
    Checkbox noSourceBox() {
        return noSource;
    }

    Checkbox quoteNotFoundBox() {
        return quoteNotFound;
    }

    ComboBox<String> regionBox() {
        return region;
    }
}
