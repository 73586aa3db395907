package org.strikemap.edit;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.NumberField;
import org.strikemap.geo.GeoPoint;

/**
 * A point as latitude and longitude in degrees: typed (the keyboard's way), or set from the map by a click or by
 * dragging its mark (the form calls {@link #setValue}). Empty or out of range is no point (null); the field says
 * what is wrong, in GeoPoint's own words.
 */
final class PointField extends CustomField<GeoPoint> {

    private final NumberField lat = new NumberField();
    private final NumberField lon = new NumberField();
    private String problem;
    private boolean presenting;

    PointField(String label, String hint) {
        setLabel(label);
        setHelperText(hint);
        lat.setLabel(getTranslation("edit.point.lat"));
        lon.setLabel(getTranslation("edit.point.lon"));
        for (NumberField field : new NumberField[] {lat, lon}) {
            field.setWidth("9rem");
            field.addValueChangeListener(event -> {
                if (!presenting) {
                    updateValue();
                }
            });
        }
        Div both = new Div(lat, new Span(" "), lon);
        both.addClassName("ed-point");
        add(both);
    }

    @Override
    protected GeoPoint generateModelValue() {
        problem = null;
        if (lat.getValue() == null || lon.getValue() == null) {
            return null;
        }
        try {
            return new GeoPoint(lat.getValue(), lon.getValue());
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
            return null;
        }
    }

    @Override
    protected void setPresentationValue(GeoPoint point) {
        // Both numbers change as one value: no half-set point reaches the listeners.
        presenting = true;
        try {
            lat.setValue(point == null ? null : point.lat());
            lon.setValue(point == null ? null : point.lon());
        } finally {
            presenting = false;
        }
    }

    /** Why the typed numbers are no point; null when they are one or are empty. */
    String problem() {
        return problem;
    }
}
