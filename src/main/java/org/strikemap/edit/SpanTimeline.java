package org.strikemap.edit;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.strikemap.i18n.Messages;
import org.strikemap.strike.ReportedDate;

/**
 * A small timeline under a strike's date: the map's period as a track and the strike's span on it (a day as a
 * short tick, a month or period as a bar, an unknown end running off to the right), the period's ends and the span
 * written beside it. Drawn by the server as boxes placed in percent of the track; the span's words are the
 * element's accessible name. Limits: whole days; a span outside the period widens the track to hold it.
 */
final class SpanTimeline extends Div {

    /** The fewest days the track shows, so a one-day map still draws a day as a tick, not the whole track. */
    private static final int MIN_DAYS = 30;

    private final Div track = new Div();
    private final Div span = new Div();
    private final Span start = new Span();
    private final Span end = new Span();
    private final Span said = new Span();
    private LocalDate periodFrom;
    private LocalDate periodTo;

    SpanTimeline() {
        addClassName("ed-timeline");
        track.addClassName("ed-timeline-track");
        span.addClassName("ed-timeline-span");
        track.add(span);
        track.getElement().setAttribute("role", "img");
        start.addClassName("ed-timeline-start");
        end.addClassName("ed-timeline-end");
        said.addClassName("ed-timeline-said");
        Div ends = new Div(start, end);
        ends.addClassName("ed-timeline-ends");
        add(track, ends, said);
    }

    /** The map's period: the track's extent (null when the map has no dated strike yet). */
    void setPeriod(LocalDate from, LocalDate to) {
        this.periodFrom = from;
        this.periodTo = to;
    }

    /** Draws {@code date} on the track; null hides the span. */
    void show(ReportedDate date) {
        Messages words = Messages.of(getLocale());
        if (date == null) {
            span.setVisible(false);
            said.setText("");
            track.getElement().setAttribute("aria-label", getTranslation("edit.date.noSpan"));
            return;
        }
        LocalDate spanEnd = date.to() == null ? date.from() : date.to();
        LocalDate from = min(periodFrom, date.from());
        LocalDate to = max(periodTo, spanEnd);
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        if (days < MIN_DAYS) {
            long pad = (MIN_DAYS - days + 1) / 2;
            from = from.minusDays(pad);
            to = to.plusDays(pad);
            days = ChronoUnit.DAYS.between(from, to) + 1;
        }
        double left = 100.0 * ChronoUnit.DAYS.between(from, date.from()) / days;
        double width = date.to() == null ? 100 - left : 100.0 * (ChronoUnit.DAYS.between(date.from(), spanEnd) + 1) / days;
        span.setVisible(true);
        span.getStyle().set("left", percent(left)).set("width", percent(width));
        span.setClassName("ed-timeline-open", date.to() == null);
        start.setText(words.shortDay(from));
        end.setText(words.shortDay(to));
        String text = date.to() == null ? getTranslation("date.unknown", "from", words.shortDay(date.from()))
                : date.to().equals(date.from()) ? words.shortDay(date.from()) : words.shortSpan(date.from(), date.to());
        said.setText(text);
        track.getElement().setAttribute("aria-label", getTranslation("edit.date.onTimeline", "span", text,
                "from", words.shortDay(from), "to", words.shortDay(to)));
    }

    private static String percent(double value) {
        return String.format(Locale.ROOT, "%.3f%%", Math.max(0, value));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null || b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null || b.isAfter(a) ? b : a;
    }
}
