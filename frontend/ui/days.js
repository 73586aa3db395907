// Whole days as the timeline and the list handle them: ISO strings, day numbers, and day labels in the page's
// language ("2 Jan 2024", "2 січня 2024"), made by day-labels.js from the words the server wrote into the page.
import { dayLabels } from './day-labels.js';
import { word } from './words.js';

const DAY = 86400000;
let labels = null;

export function toDays(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function toIso(days) {
  return new Date(days * DAY).toISOString().slice(0, 10);
}

function pageLabels() {
  labels ??= dayLabels({ day: word('js.date.day'), months: word('js.date.months'), window: word('js.date.window') });
  return labels;
}

export function dayLabel(iso) {
  return pageLabels().day(iso);
}

/** "30 Dec 2023 – 5 Jan 2024" for a window ("from/to"), "2 Jan 2024" up to a day. */
export function timeLabel(time) {
  return pageLabels().time(time);
}
