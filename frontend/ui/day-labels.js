// Day labels ("2 Jan 2024") and spans of two ("30 Dec 2023 – 5 Jan 2024") from the interface's words: the day's
// template with {day}, {month} and {year}, the twelve month words separated by spaces, and the span's template with
// {from} and {to} (the bundles' js.date.day, js.date.months and js.date.window). The words are data the server reads
// too (i18n.Messages#shortDay), and this fills them the same way; both run src/test/resources/rules/date-labels.json.
// Pure: no DOM, no Intl. Limits: ISO days (YYYY-MM-DD) only; years of four digits.

/** `{ day(iso), span(from, to), time(mapTime) }` for one language's words. */
export function dayLabels({ day, months, window }) {
  const names = String(months || '').split(' ');
  // Labels asked for again and again (each step names its day and the period's ends): a lookup is cheaper.
  const known = new Map();
  const fill = (template, values) => Object.entries(values)
    .reduce((text, [name, value]) => text.replaceAll(`{${name}}`, String(value)), String(template || ''));

  function dayLabel(iso) {
    let label = known.get(iso);
    if (label === undefined) {
      label = fill(day, { day: Number(iso.slice(8, 10)), month: names[Number(iso.slice(5, 7)) - 1] ?? '',
        year: Number(iso.slice(0, 4)) });
      known.set(iso, label);
    }
    return label;
  }

  function span(from, to) {
    return fill(window, { from: dayLabel(from), to: dayLabel(to) });
  }

  return {
    day: dayLabel,
    span,
    /** A map time (time-filter.js): a span for "from/to", the day for "up to a day". */
    time(mapTime) {
      const [a, b] = String(mapTime || '').split('/');
      return b === undefined ? dayLabel(a) : span(a, b);
    },
  };
}
