package org.strikemap.edit;

import org.strikemap.source.Citation;
import org.strikemap.source.Claim;
import org.strikemap.source.ClaimValue;

/**
 * What the claim form holds while the person edits it, for Vaadin's Binder; {@link #toClaim} builds the record. A
 * value is either exact (words or a number) or bounded ({@code min}, {@code max}). Never leaves the form.
 */
final class ClaimFields {

    private String id;
    private String subject;
    private String kind;
    private boolean bounded;
    private String exact;
    private Integer min;
    private Integer max;
    private String text;
    private String by;
    private Citation citation;

    static ClaimFields about(String subject) {
        ClaimFields fields = new ClaimFields();
        fields.subject = subject;
        return fields;
    }

    static ClaimFields of(Claim claim) {
        ClaimFields fields = about(claim.subject());
        fields.id = claim.id();
        fields.kind = claim.kind();
        fields.bounded = claim.value().exact() == null;
        fields.exact = claim.value().exact();
        fields.min = claim.value().min();
        fields.max = claim.value().max();
        fields.text = claim.text();
        fields.by = claim.by();
        fields.citation = claim.citation();
        return fields;
    }

    Claim toClaim() {
        ClaimValue value = bounded ? ClaimValue.between(min, max) : ClaimValue.exactly(exact);
        return new Claim(id, subject, kind, value, text, by, citation);
    }

    String getId() {
        return id;
    }

    void setId(String id) {
        this.id = id == null ? null : id.strip();
    }

    String getSubject() {
        return subject;
    }

    String getKind() {
        return kind;
    }

    void setKind(String kind) {
        this.kind = kind;
    }

    boolean isBounded() {
        return bounded;
    }

    void setBounded(boolean bounded) {
        this.bounded = bounded;
    }

    String getExact() {
        return exact;
    }

    void setExact(String exact) {
        this.exact = exact == null || exact.isBlank() ? null : exact.strip();
    }

    Integer getMin() {
        return min;
    }

    void setMin(Integer min) {
        this.min = min;
    }

    Integer getMax() {
        return max;
    }

    void setMax(Integer max) {
        this.max = max;
    }

    String getText() {
        return text;
    }

    void setText(String text) {
        this.text = text;
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
