package org.strikemap.edit;

import org.strikemap.source.Source;

/** What the report form holds while the person edits it, for Vaadin's Binder; {@link #toSource} builds the record. */
final class SourceFields {

    private String id;
    private String file;
    private String outlet;
    private String headline;
    private String dateAsGiven;
    private String note;
    private String url;
    private String text;

    static SourceFields of(Source source) {
        SourceFields fields = new SourceFields();
        if (source != null) {
            fields.id = source.id();
            fields.file = source.file();
            fields.outlet = source.outlet();
            fields.headline = source.headline();
            fields.dateAsGiven = source.dateAsGiven();
            fields.note = source.note();
            fields.url = source.url();
            fields.text = source.text();
        }
        return fields;
    }

    Source toSource() {
        return new Source(id, file, outlet, headline, dateAsGiven, note, url, text);
    }

    private static String blankless(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    String getId() {
        return id;
    }

    void setId(String id) {
        this.id = blankless(id) == null ? null : id.strip();
    }

    String getFile() {
        return file;
    }

    void setFile(String file) {
        this.file = blankless(file);
    }

    String getOutlet() {
        return outlet;
    }

    void setOutlet(String outlet) {
        this.outlet = blankless(outlet);
    }

    String getHeadline() {
        return headline;
    }

    void setHeadline(String headline) {
        this.headline = blankless(headline);
    }

    String getDateAsGiven() {
        return dateAsGiven;
    }

    void setDateAsGiven(String dateAsGiven) {
        this.dateAsGiven = blankless(dateAsGiven);
    }

    String getNote() {
        return note;
    }

    void setNote(String note) {
        this.note = blankless(note);
    }

    String getUrl() {
        return url;
    }

    void setUrl(String url) {
        this.url = blankless(url) == null ? null : url.strip();
    }

    String getText() {
        return text;
    }

    void setText(String text) {
        this.text = blankless(text);
    }
}
