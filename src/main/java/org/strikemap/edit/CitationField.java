package org.strikemap.edit;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Optional;
import org.strikemap.source.Citation;
import org.strikemap.source.QuoteCheck;
import org.strikemap.source.Quotes;
import org.strikemap.source.Source;

/**
 * Where a record is reported: the report (one of the map's sources) and its sentence, word for word. The quote is
 * checked as it is typed by the quote rule ({@link Quotes}) against the report's stored text: ✓ found, or ✗ with
 * what was searched. A quote not found may be vouched for "checked by hand" with a reason (the person's name goes
 * with it); publishing needs that. Limits: the check reads the text stored with the report, nothing else.
 */
final class CitationField extends CustomField<Citation> {

    private final ComboBox<Source> source = new ComboBox<>();
    private final TextArea quote = new TextArea();
    private final Span check = new Span();
    private final Checkbox byHand = new Checkbox();
    private final TextField reason = new TextField();
    private final String checker;
    private boolean presenting;

    /** {@code checker}: the signed-in person's name, stored with a check by hand. */
    CitationField(String checker) {
        this.checker = checker;
        addClassName("ed-citation");
        source.setLabel(getTranslation("edit.field.sourceId"));
        source.setItems(List.of());
        source.setItemLabelGenerator(CitationField::describe);
        source.setWidthFull();
        quote.setLabel(getTranslation("edit.field.quote"));
        quote.setWidthFull();
        check.addClassName("ed-quote-check");
        check.getElement().setAttribute("aria-live", "polite");
        byHand.setLabel(getTranslation("edit.quote.byHand"));
        reason.setLabel(getTranslation("edit.quote.reason"));
        reason.setWidthFull();
        source.addValueChangeListener(event -> changed());
        quote.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        quote.addValueChangeListener(event -> changed());
        byHand.addValueChangeListener(event -> changed());
        reason.addValueChangeListener(event -> changed());
        Div hand = new Div(byHand, reason);
        hand.addClassName("ed-quote-hand");
        add(source, quote, check, hand);
        showCheck();
    }

    /** The map's reports to choose from. */
    void setSources(List<Source> sources) {
        Source chosen = source.getValue();
        presenting = true;
        try {
            source.setItems(sources);
            source.setValue(chosen == null ? null : sources.stream().filter(s -> s.id().equals(chosen.id())).findFirst()
                    .orElse(null));
        } finally {
            presenting = false;
        }
        showCheck();
    }

    @Override
    protected Citation generateModelValue() {
        Source chosen = source.getValue();
        if (chosen == null && quote.getValue().isBlank()) {
            return null;
        }
        QuoteCheck hand = !found() && byHand.getValue() && !reason.getValue().isBlank()
                ? new QuoteCheck(reason.getValue().strip(), checker) : null;
        return new Citation(chosen == null ? null : chosen.id(), quote.getValue(), hand);
    }

    @Override
    protected void setPresentationValue(Citation citation) {
        presenting = true;
        try {
            source.setValue(citation == null ? null : sourceOf(citation.sourceId()).orElse(null));
            quote.setValue(citation == null || citation.quote() == null ? "" : citation.quote());
            QuoteCheck hand = citation == null ? null : citation.checkedByHand();
            byHand.setValue(hand != null);
            reason.setValue(hand == null ? "" : hand.reason());
        } finally {
            presenting = false;
        }
        showCheck();
    }

    /** The inputs and the check's words, for tests. */
    TextArea quoteInput() {
        return quote;
    }

    Checkbox byHandInput() {
        return byHand;
    }

    TextField reasonInput() {
        return reason;
    }

    String checkText() {
        return check.getText();
    }

    /** Whether the quote is found in the chosen report's stored text. */
    boolean found() {
        return search().found();
    }

    /** Whether the quote stands: found, or checked by hand with a reason. */
    boolean stands() {
        return found() || (byHand.getValue() && !reason.getValue().isBlank());
    }

    private Quotes.Search search() {
        Source chosen = source.getValue();
        return Quotes.find(quote.getValue(), chosen == null ? null : chosen.text());
    }

    private void changed() {
        if (!presenting) {
            updateValue();
            showCheck();
        }
    }

    private void showCheck() {
        Quotes.Search search = search();
        Source chosen = source.getValue();
        check.removeClassNames("ed-found", "ed-not-found");
        if (quote.getValue().isBlank()) {
            check.setText("");
        } else if (search.found()) {
            check.setText("✓ " + getTranslation("edit.quote.found"));
            check.addClassName("ed-found");
        } else {
            check.setText("✗ " + getTranslation(chosen == null ? "edit.quote.noSource"
                    : chosen.text() == null ? "edit.quote.noText" : "edit.quote.notFound", "searched", search.searched()));
            check.addClassName("ed-not-found");
        }
        boolean needsHand = !quote.getValue().isBlank() && !search.found();
        byHand.setVisible(needsHand);
        reason.setVisible(needsHand && byHand.getValue());
    }

    private Optional<Source> sourceOf(String id) {
        return source.getListDataView().getItems().filter(s -> s.id().equals(id)).findFirst();
    }

    /** "002 · Reuters · Kyiv says…": what the person picks a report by. */
    static String describe(Source source) {
        return source.id() + " · " + source.outlet() + (source.headline() == null ? "" : " · " + source.headline());
    }
}
