package org.strikemap.edit;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.stream.Collectors;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.ingest.RecordRules;
import org.strikemap.source.Source;

/**
 * The map's reports: outlet, headline, address, the publication date as the report gives it ("Thursday"), the
 * article's text (which quotes are checked against) and the editors' note. A new report's id is suggested as the
 * next free three-digit number.
 */
final class SourcesPanel extends RecordPanel<Source> {

    private final Binder<SourceFields> binder = new Binder<>();
    private final TextField id = new TextField(getTranslation("edit.field.id"));

    SourcesPanel(OpenMap open) {
        super(open);
        TextField outlet = new TextField(getTranslation("edit.field.outlet"));
        TextField headline = new TextField(getTranslation("edit.field.headline"));
        TextField url = new TextField(getTranslation("edit.field.url"));
        TextField dateAsGiven = new TextField(getTranslation("edit.field.dateAsGiven"));
        dateAsGiven.setHelperText(getTranslation("edit.source.dateHint"));
        TextField file = new TextField(getTranslation("edit.field.file"));
        TextArea text = new TextArea(getTranslation("edit.field.text"));
        text.setHelperText(getTranslation("edit.source.textHint"));
        text.addClassName("ed-article");
        TextArea note = new TextArea(getTranslation("edit.field.note"));
        String required = getTranslation("edit.required");
        binder.forField(id).asRequired(required).bind(SourceFields::getId, SourceFields::setId);
        binder.forField(outlet).asRequired(required).bind(SourceFields::getOutlet, SourceFields::setOutlet);
        binder.forField(headline).bind(SourceFields::getHeadline, SourceFields::setHeadline);
        binder.forField(url).withValidator(value -> value.isBlank() || RecordRules.url(value.strip()).isEmpty(),
                getTranslation("edit.source.badUrl")).bind(SourceFields::getUrl, SourceFields::setUrl);
        binder.forField(dateAsGiven).asRequired(required).bind(SourceFields::getDateAsGiven, SourceFields::setDateAsGiven);
        binder.forField(file).bind(SourceFields::getFile, SourceFields::setFile);
        binder.forField(text).bind(SourceFields::getText, SourceFields::setText);
        binder.forField(note).bind(SourceFields::getNote, SourceFields::setNote);
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2));
        fields.add(id, outlet, headline, url, dateAsGiven, file);
        fields.setColspan(headline, 2);
        fields.setColspan(url, 2);
        fields.add(text, 2);
        fields.add(note, 2);
        build(getTranslation("edit.source.add"), fields, null);
    }

    @Override
    protected void columns(Grid<Source> grid) {
        grid.addColumn(Source::id).setHeader(getTranslation("edit.field.id")).setSortable(true).setFlexGrow(0).setWidth("5rem");
        grid.addColumn(Source::outlet).setHeader(getTranslation("edit.field.outlet")).setSortable(true);
        grid.addColumn(source -> source.headline() == null ? "—" : source.headline())
                .setHeader(getTranslation("edit.field.headline")).setFlexGrow(2);
        grid.addColumn(source -> getTranslation(source.text() == null ? "edit.source.noText" : "edit.source.hasText"))
                .setHeader(getTranslation("edit.field.text")).setFlexGrow(0).setWidth("7rem");
    }

    @Override
    protected List<Source> records(LoadedDataset content) {
        return content.sources().all();
    }

    @Override
    protected void read(Source source) {
        binder.readBean(SourceFields.of(source));
        id.setReadOnly(source != null);
        if (source == null) {
            id.setValue(nextId());
        }
    }

    @Override
    protected Source write() {
        SourceFields fields = SourceFields.of(loaded());
        if (!binder.writeBeanIfValid(fields)) {
            OpenMap.alert(getTranslation("edit.form.invalid"));
            return null;
        }
        return fields.toSource();
    }

    @Override
    protected String title(Source source) {
        return CitationField.describe(source);
    }

    /** The next free three-digit id after the highest numeric one ("005" after "004"). */
    private String nextId() {
        var ids = open.content().sources().all().stream().map(Source::id).collect(Collectors.toSet());
        int next = ids.stream().filter(value -> value.matches("\\d{1,9}")).mapToInt(Integer::parseInt).max().orElse(-1) + 1;
        while (ids.contains(String.format("%03d", next))) {
            next++;
        }
        return String.format("%03d", next);
    }
}
