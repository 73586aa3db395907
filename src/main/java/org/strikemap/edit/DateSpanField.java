package org.strikemap.edit;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import org.strikemap.strike.DatePrecision;
import org.strikemap.strike.ReportedDate;

/**
 * When a strike happened as the reports allow ({@link ReportedDate}): the precision (day, late in a month, a month,
 * a period, unknown) and the days it needs (one day; any day of the month; from and to; the earliest day), the
 * resulting span drawn on a {@link SpanTimeline}. The span is made by ReportedDate's own rules; what they refuse
 * is no value, and {@link #problem} says why in their words.
 */
final class DateSpanField extends CustomField<ReportedDate> {

    private final Select<DatePrecision> precision = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final SpanTimeline timeline = new SpanTimeline();
    private String problem;
    private boolean presenting;

    DateSpanField(String label) {
        setLabel(label);
        addClassName("ed-date");
        precision.setLabel(getTranslation("edit.date.precision"));
        precision.setItems(DatePrecision.values());
        precision.setItemLabelGenerator(value -> ChoiceWords.datePrecision(this, value));
        precision.setValue(DatePrecision.DAY);
        EditorDates.localize(from, getLocale());
        EditorDates.localize(to, getLocale());
        to.setLabel(getTranslation("edit.date.to"));
        precision.addValueChangeListener(event -> {
            relabel();
            changed();
        });
        from.addValueChangeListener(event -> changed());
        to.addValueChangeListener(event -> changed());
        Div inputs = new Div(precision, from, to);
        inputs.addClassName("ed-date-inputs");
        add(inputs, timeline);
        relabel();
    }

    /** The map's period, the timeline's track. */
    void setPeriod(LocalDate periodFrom, LocalDate periodTo) {
        timeline.setPeriod(periodFrom, periodTo);
        timeline.show(getValue());
    }

    @Override
    protected ReportedDate generateModelValue() {
        problem = null;
        if (precision.getValue() == null || from.getValue() == null) {
            return null;
        }
        try {
            return ReportedDate.of(precision.getValue(), from.getValue(), to.getValue());
        } catch (IllegalArgumentException | NullPointerException refused) {
            problem = refused.getMessage();
            return null;
        }
    }

    @Override
    protected void setPresentationValue(ReportedDate date) {
        presenting = true;
        try {
            precision.setValue(date == null ? DatePrecision.DAY : date.precision());
            from.setValue(date == null ? null : date.from());
            to.setValue(date == null ? null : date.to());
        } finally {
            presenting = false;
        }
        relabel();
        timeline.show(date);
    }

    /** Why the days given make no span of the chosen precision; null when they make one or are not all given. */
    String problem() {
        return problem;
    }

    private void changed() {
        if (!presenting) {
            updateValue();
            timeline.show(getValue());
        }
    }

    private void relabel() {
        DatePrecision chosen = precision.getValue() == null ? DatePrecision.DAY : precision.getValue();
        from.setLabel(getTranslation("edit.date.from." + chosen.code()));
        to.setVisible(chosen == DatePrecision.PERIOD);
    }

    /** The inputs, for the form's tests. */
    Select<DatePrecision> precisionInput() {
        return precision;
    }

    DatePicker fromInput() {
        return from;
    }

    DatePicker toInput() {
        return to;
    }
}
