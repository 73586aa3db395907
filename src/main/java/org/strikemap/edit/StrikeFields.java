package org.strikemap.edit;

import org.strikemap.geo.GeoPoint;
import org.strikemap.i18n.Text;
import org.strikemap.source.Citation;
import org.strikemap.strike.Location;
import org.strikemap.strike.LocationPrecision;
import org.strikemap.strike.ReportedDate;
import org.strikemap.strike.Strike;
import org.strikemap.strike.StrikeStatus;

/**
 * What the strike form holds while the person edits it, for Vaadin's Binder: a strike's parts, any of them still
 * missing. {@link #toStrike} builds the record, whose own rules then apply. Not a domain type: it never leaves the
 * form.
 */
final class StrikeFields {

    private String id;
    private Text place;
    private GeoPoint point;
    private String region;
    private LocationPrecision precision = LocationPrecision.TOWN;
    private ReportedDate date;
    private StrikeStatus status = StrikeStatus.REPORTED;
    private Citation citation;
    private Text note;

    static StrikeFields of(Strike strike) {
        StrikeFields fields = new StrikeFields();
        fields.id = strike.id();
        fields.place = strike.location().place();
        fields.point = strike.location().point();
        fields.region = strike.location().region();
        fields.precision = strike.location().precision();
        fields.date = strike.date();
        fields.status = strike.status();
        fields.citation = strike.citation();
        fields.note = strike.note();
        return fields;
    }

    /** The strike these fields make; throws IllegalArgumentException (or NullPointerException) naming what is missing. */
    Strike toStrike() {
        return new Strike(id, new Location(place, region, point, precision), date, status, citation, note);
    }

    String getId() {
        return id;
    }

    void setId(String id) {
        this.id = id == null ? null : id.strip();
    }

    Text getPlace() {
        return place;
    }

    void setPlace(Text place) {
        this.place = place;
    }

    GeoPoint getPoint() {
        return point;
    }

    void setPoint(GeoPoint point) {
        this.point = point;
    }

    String getRegion() {
        return region;
    }

    void setRegion(String region) {
        this.region = region;
    }

    LocationPrecision getPrecision() {
        return precision;
    }

    void setPrecision(LocationPrecision precision) {
        this.precision = precision;
    }

    ReportedDate getDate() {
        return date;
    }

    void setDate(ReportedDate date) {
        this.date = date;
    }

    StrikeStatus getStatus() {
        return status;
    }

    void setStatus(StrikeStatus status) {
        this.status = status;
    }

    Citation getCitation() {
        return citation;
    }

    void setCitation(Citation citation) {
        this.citation = citation;
    }

    Text getNote() {
        return note;
    }

    void setNote(Text note) {
        this.note = note;
    }
}
