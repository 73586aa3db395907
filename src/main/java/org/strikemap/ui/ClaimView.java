package org.strikemap.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Map;
import org.strikemap.source.Claim;
import org.strikemap.source.Source;

/** One claim as a reader should meet it: the figure in bold, who says it beside it, the report and its sentence. */
class ClaimView extends Composite<Div> {

    ClaimView(Claim claim, Map<String, Source> sources) {
        Div root = getContent();
        root.addClassName("sm-claim");
        Span figure = new Span(claim.text());
        figure.addClassName("sm-claim-figure");
        Span by = new Span(claim.by());
        by.addClassName("sm-claim-by");
        Span source = new Span(sourceLabel(claim.sourceId(), sources));
        source.addClassName("sm-claim-source");
        Div head = new Div(figure, new Span(" — "), by, new Span(", "), source);
        head.addClassName("sm-claim-head");
        // Shown as the report prints it: many quoted sentences open with quotation marks of their own.
        Div quote = new Div();
        quote.setText(claim.quote());
        quote.addClassName("sm-quote");
        root.add(head, quote);
    }

    static String sourceLabel(String sourceId, Map<String, Source> sources) {
        Source source = sources.get(sourceId);
        // Readers meet outlets; the dataset's report ids stay in the data download.
        return source == null ? "a report" : source.outlet();
    }
}
