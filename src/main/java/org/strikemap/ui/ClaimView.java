package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;

/**
 * One claim as a reader should meet it: the figure in bold, who says it beside it, the report and its sentence. The
 * claim stays in the reports' language, marked as such ({@code lang}, and a note when the interface speaks another).
 */
class ClaimView extends Composite<Div> {

    /** The reports' language, the interface's, the note that marks the reports' words, the word for "report". */
    record Words(String reports, String ui, String originalNote, String report) {
    }

    ClaimView(Claim claim, Map<String, Source> sources, Words words) {
        Div root = getContent();
        root.addClassName("sm-claim");
        Span figure = new Span(claim.text());
        figure.addClassName("sm-claim-figure");
        Span by = new Span(claim.by());
        by.addClassName("sm-claim-by");
        Span source = new Span(sourceLabel(claim.sourceId(), sources, words.report()));
        source.addClassName("sm-claim-source");
        Div head = new Div(figure, new Span(" — "), by, new Span(", "), source);
        head.addClassName("sm-claim-head");
        figure.getElement().setAttribute("lang", words.reports());
        by.getElement().setAttribute("lang", words.reports());
        // Shown as the report prints it: many quoted sentences open with quotation marks of their own.
        Div quote = new Div();
        quote.setText(claim.quote());
        quote.addClassName("sm-quote");
        quote.getElement().setAttribute("lang", words.reports());
        if (!words.reports().equals(words.ui()) && !words.originalNote().isBlank()) {
            Span note = new Span(words.originalNote());
            note.addClassName("sm-original-language");
            head.add(new Span(" · "), note);
        }
        root.add(head, quote);
    }

    static String sourceLabel(String sourceId, Map<String, Source> sources, String report) {
        Source source = sources.get(sourceId);
        // Readers meet outlets; the dataset's report ids stay in the data download.
        return source == null ? report : source.outlet();
    }
}
