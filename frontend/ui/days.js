// Whole days as the timeline and the list handle them: ISO strings, day numbers, and day labels in the page's
// language ("2 Jan 2024", "2 січня 2024"; UTC), by Intl with the month style the page's words name.
import { pageLanguage, word } from './words.js';

const DAY = 86400000;
let format = null;
// Labels asked for again and again (each step names its day and the period's ends): Intl's parts cost more than a lookup.
const labels = new Map();

export function toDays(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function toIso(days) {
  return new Date(days * DAY).toISOString().slice(0, 10);
}

export function dayLabel(iso) {
  const known = labels.get(iso);
  if (known !== undefined) {
    return known;
  }
  if (format === null) {
    const language = pageLanguage() === 'en' ? 'en-GB' : pageLanguage();
    format = new Intl.DateTimeFormat(language, { day: 'numeric', month: word('js.date.month'), year: 'numeric', timeZone: 'UTC' });
  }
  // Day, month and year only: no "р." after a Ukrainian year, no "Sept" for September.
  const label = format.formatToParts(new Date(`${iso}T00:00:00Z`))
    .filter((part) => part.type === 'day' || part.type === 'month' || part.type === 'year')
    .map((part) => (part.type === 'month' ? part.value.replace(/^Sept$/, 'Sep') : part.value))
    .join(' ');
  labels.set(iso, label);
  return label;
}
