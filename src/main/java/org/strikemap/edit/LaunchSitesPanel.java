package org.strikemap.edit;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import java.util.List;
import java.util.Objects;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.launch.LaunchArea;
import org.strikemap.launch.LaunchSite;
import org.strikemap.map.Layer;

/**
 * The map's launch sites: name per language, the point the site is drawn at (typed, clicked on the map or its mark
 * dragged), the outline of the region the reports name (a launch area's id), who claims it and where.
 */
final class LaunchSitesPanel extends RecordPanel<LaunchSite> {

    private final Binder<LaunchFields> binder = new Binder<>();
    private final TextField id = new TextField(getTranslation("edit.field.id"));
    private final TextsField name = new TextsField(getTranslation("edit.field.name"), false);
    private final PointField point = new PointField(getTranslation("edit.field.point"), getTranslation("edit.point.hint"));
    private final ComboBox<String> area = new ComboBox<>(getTranslation("edit.field.area"));
    private final CitationField citation;
    private final EditorMap map;

    LaunchSitesPanel(OpenMap open, EditorMap map) {
        super(open);
        this.map = map;
        this.citation = new CitationField(open.me().name());
        ComboBox<String> by = Choices.by(this, open);
        area.setAllowCustomValue(true);
        area.addCustomValueSetListener(event -> area.setValue(event.getDetail()));
        area.setClearButtonVisible(true);
        String required = getTranslation("edit.required");
        binder.forField(id).asRequired(required).bind(LaunchFields::getId, LaunchFields::setId);
        binder.forField(name).withValidator(Objects::nonNull, required).bind(LaunchFields::getName, LaunchFields::setName);
        binder.forField(point).withValidator(Validator.from(value -> value != null,
                context -> point.problem() != null ? point.problem() : required))
                .bind(LaunchFields::getPoint, LaunchFields::setPoint);
        binder.forField(area).bind(LaunchFields::getArea, LaunchFields::setArea);
        binder.forField(by).asRequired(required).bind(LaunchFields::getBy, LaunchFields::setBy);
        binder.forField(citation).withValidator(Choices::cited, getTranslation("edit.quote.required"))
                .bind(LaunchFields::getCitation, LaunchFields::setCitation);
        map.onMapClick(point::setValue);
        map.onMarkMoved(point::setValue);
        map.onFeatureClick((layer, feature) -> {
            if (Layer.LAUNCH_SITES.id().equals(layer)) {
                open.content().launch().sites().stream().filter(site -> site.id().equals(feature)).findFirst()
                        .ifPresent(grid::select);
            }
        });
        point.addValueChangeListener(event -> map.setDraggable(event.getValue(), getTranslation("edit.point.mark"),
                Layer.LAUNCH_SITES, loaded() == null ? null : loaded().id()));
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fields.add(id, name, point, area, by, citation);
        build(getTranslation("edit.site.add"), fields, map);
    }

    @Override
    protected void columns(Grid<LaunchSite> grid) {
        grid.addColumn(LaunchSite::id).setHeader(getTranslation("edit.field.id")).setSortable(true);
        grid.addColumn(site -> site.name().in(getLocale().getLanguage())).setHeader(getTranslation("edit.field.name"))
                .setSortable(true);
        grid.addColumn(LaunchSite::by).setHeader(getTranslation("edit.field.by"));
    }

    @Override
    protected List<LaunchSite> records(LoadedDataset content) {
        return content.launch().sites();
    }

    @Override
    protected void refreshChoices(LoadedDataset content) {
        map.show(content);
        area.setItems(content.launch().areas().stream().map(LaunchArea::id).distinct().sorted().toList());
        name.setLanguages(content.description().languages());
        citation.setSources(content.sources().all());
    }

    @Override
    protected void read(LaunchSite site) {
        binder.readBean(LaunchFields.of(site));
        id.setReadOnly(site != null);
        map.select(Layer.LAUNCH_SITES, site == null ? null : site.id());
        map.setDraggable(site == null ? null : site.point(), getTranslation("edit.point.mark"), Layer.LAUNCH_SITES,
                site == null ? null : site.id());
    }

    @Override
    protected LaunchSite write() {
        LaunchFields fields = LaunchFields.of(loaded());
        if (!binder.writeBeanIfValid(fields)) {
            OpenMap.alert(getTranslation("edit.form.invalid"));
            return null;
        }
        try {
            return fields.toSite();
        } catch (IllegalArgumentException refused) {
            OpenMap.alert(refused.getMessage());
            return null;
        }
    }

    @Override
    protected String title(LaunchSite site) {
        return site.name().in(getLocale().getLanguage());
    }
}
