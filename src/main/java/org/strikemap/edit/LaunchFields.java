package org.strikemap.edit;

import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.launch.LaunchSite;
import org.strikemap.launch.Ring;
import org.strikemap.source.Citation;

/**
 * What the launch-site and ring forms hold while the person edits them, for Vaadin's Binder: a site's id, name,
 * point and outline's id, or a ring's site, radius and label; who claims it and where. Never leaves the forms.
 */
final class LaunchFields {

    private String id;
    private Text name;
    private GeoPoint point;
    private String area;
    private Double radiusKm;
    private String by;
    private Citation citation;

    static LaunchFields of(LaunchSite site) {
        LaunchFields fields = new LaunchFields();
        if (site != null) {
            fields.id = site.id();
            fields.name = site.name();
            fields.point = site.point();
            fields.area = site.area();
            fields.by = site.by();
            fields.citation = site.citation();
        }
        return fields;
    }

    /** A ring's fields: {@code id} holds its launch site's id, {@code name} its label. */
    static LaunchFields of(Ring ring) {
        LaunchFields fields = new LaunchFields();
        if (ring != null) {
            fields.id = ring.launchSite();
            fields.name = ring.label();
            fields.radiusKm = ring.radiusKm();
            fields.by = ring.by();
            fields.citation = ring.citation();
        }
        return fields;
    }

    LaunchSite toSite() {
        return new LaunchSite(id, name, point, area, by, citation);
    }

    Ring toRing() {
        if (radiusKm == null) {
            throw new IllegalArgumentException("a ring needs its radius");
        }
        return new Ring(id, radiusKm, name, by, citation);
    }

    String getId() {
        return id;
    }

    void setId(String id) {
        this.id = id == null || id.isBlank() ? null : id.strip();
    }

    Text getName() {
        return name;
    }

    void setName(Text name) {
        this.name = name;
    }

    GeoPoint getPoint() {
        return point;
    }

    void setPoint(GeoPoint point) {
        this.point = point;
    }

    String getArea() {
        return area;
    }

    void setArea(String area) {
        this.area = area == null || area.isBlank() ? null : area.strip();
    }

    Double getRadiusKm() {
        return radiusKm;
    }

    void setRadiusKm(Double radiusKm) {
        this.radiusKm = radiusKm;
    }

    String getBy() {
        return by;
    }

    void setBy(String by) {
        this.by = by;
    }

    Citation getCitation() {
        return citation;
    }

    void setCitation(Citation citation) {
        this.citation = citation;
    }
}
