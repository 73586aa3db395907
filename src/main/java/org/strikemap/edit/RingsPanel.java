package org.strikemap.edit;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Objects;
import org.strikemap.dataset.LoadedDataset;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.map.Layer;

/**
 * The map's range rings: the centre (a launch site, chosen from the list or by clicking its mark on the map), the
 * radius in km, the label per language, who claims it and where. A ring is known by its site and radius, so changing
 * either saves a new ring in place of the old.
 */
final class RingsPanel extends RecordPanel<Ring> {

    private final Binder<LaunchFields> binder = new Binder<>();
    private final Select<String> site = new Select<>();
    private final TextsField label = new TextsField(getTranslation("edit.field.label"), false);
    private final CitationField citation;
    private final EditorMap map;

    RingsPanel(OpenMap open, EditorMap map) {
        super(open);
        this.map = map;
        this.citation = new CitationField(open.me().name());
        site.setLabel(getTranslation("edit.field.launchSite"));
        site.setHelperText(getTranslation("edit.ring.centreHint"));
        NumberField radius = new NumberField(getTranslation("edit.field.radiusKm"));
        radius.setMin(0);
        var by = Choices.by(this, open);
        String required = getTranslation("edit.required");
        binder.forField(site).asRequired(required).bind(LaunchFields::getId, LaunchFields::setId);
        binder.forField(radius).asRequired(required).withValidator(value -> value > 0, getTranslation("edit.ring.positive"))
                .bind(LaunchFields::getRadiusKm, LaunchFields::setRadiusKm);
        binder.forField(label).withValidator(Objects::nonNull, required).bind(LaunchFields::getName, LaunchFields::setName);
        binder.forField(by).asRequired(required).bind(LaunchFields::getBy, LaunchFields::setBy);
        binder.forField(citation).withValidator(Choices::cited, getTranslation("edit.quote.required"))
                .bind(LaunchFields::getCitation, LaunchFields::setCitation);
        map.onFeatureClick((layer, feature) -> {
            if (Layer.LAUNCH_SITES.id().equals(layer)) {
                site.setValue(feature);
            }
        });
        site.addValueChangeListener(event -> map.select(Layer.LAUNCH_SITES, event.getValue()));
        FormLayout fields = new FormLayout();
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        fields.add(site, radius, label, by, citation);
        build(getTranslation("edit.ring.add"), fields, map);
    }

    @Override
    protected void columns(Grid<Ring> grid) {
        grid.addColumn(Ring::launchSite).setHeader(getTranslation("edit.field.launchSite")).setSortable(true);
        grid.addColumn(ring -> ring.radiusKm() == Math.rint(ring.radiusKm()) ? Long.toString((long) ring.radiusKm())
                        : Double.toString(ring.radiusKm())).setHeader(getTranslation("edit.field.radiusKm"))
                .setSortable(true).setComparator(Ring::radiusKm);
        grid.addColumn(ring -> ring.label().in(getLocale().getLanguage())).setHeader(getTranslation("edit.field.label"))
                .setFlexGrow(2);
    }

    @Override
    protected List<Ring> records(LoadedDataset content) {
        return content.launch().rings();
    }

    @Override
    protected void refreshChoices(LoadedDataset content) {
        map.show(content);
        String chosen = site.getValue();
        List<String> sites = content.launch().sites().stream().map(LaunchSite::id).toList();
        site.setItems(sites);
        site.setItemLabelGenerator(id -> content.launch().sites().stream().filter(s -> s.id().equals(id)).findFirst()
                .map(s -> s.name().in(getLocale().getLanguage())).orElse(id));
        if (chosen != null && sites.contains(chosen)) {
            site.setValue(chosen);
        }
        label.setLanguages(content.description().languages());
        citation.setSources(content.sources().all());
    }

    @Override
    protected void read(Ring ring) {
        binder.readBean(LaunchFields.of(ring));
    }

    @Override
    protected Ring write() {
        LaunchFields fields = LaunchFields.of(loaded());
        if (!binder.writeBeanIfValid(fields)) {
            OpenMap.alert(getTranslation("edit.form.invalid"));
            return null;
        }
        try {
            return fields.toRing();
        } catch (IllegalArgumentException refused) {
            OpenMap.alert(refused.getMessage());
            return null;
        }
    }

    @Override
    protected String title(Ring ring) {
        return ring.label().in(getLocale().getLanguage());
    }
}
