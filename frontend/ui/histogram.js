// The timeline's histogram: each attack dated to the day is a bar on its day; each vague date is a thin strip
// across its whole span, one row per attack, so vagueness reads as width, never as a tall block on one day.
// Hovering or focusing a bar or strip calls `highlight` with the strike ids it stands for (empty when left) and
// names them in its title (the first MAX_NAMES, then how many more). Limits: beyond MAX_ROWS vague attacks the
// strips share rows (drawn over each other); beyond MAX_STRIPS, attacks of one span share a strip; beyond
// MAX_FOCUSABLE items only the mouse reaches them, so the keyboard is not made to walk thousands of stops.
import { toDays } from './days.js';

const MAX_ROWS = 8;
const MAX_FOCUSABLE = 40;
const MAX_NAMES = 12;
const MAX_STRIPS = 200;

export function drawHistogram(container, items, start, end, highlight) {
  const first = toDays(start);
  const days = toDays(end) - first + 1;
  const percent = (day) => `${(Math.max(0, Math.min(day - first, days)) / days) * 100}%`;
  container.replaceChildren();
  const exact = new Map();
  const vague = [];
  for (const item of items) {
    if (item.exact && item.to) {
      const list = exact.get(item.from) || [];
      list.push(item);
      exact.set(item.from, list);
    } else {
      vague.push(item);
    }
  }
  const focusable = exact.size + vague.length <= MAX_FOCUSABLE;
  const peak = Math.max(1, ...[...exact.values()].map((list) => list.length));
  for (const [day, list] of exact) {
    const bar = mark(container, 'bar', list, focusable, highlight);
    bar.style.left = percent(toDays(day));
    bar.style.width = `max(3px, ${100 / days}%)`;
    bar.style.height = `${Math.round((list.length / peak) * 100)}%`;
  }
  // Beyond MAX_STRIPS vague attacks, those with the same span share one strip (named for all of them), so thousands
  // of vague dates stay a few hundred elements; below it each attack keeps its own strip.
  const spans = new Map();
  for (const item of vague) {
    const key = vague.length > MAX_STRIPS ? `${item.from}/${item.to || ''}` : item.id;
    (spans.get(key) || spans.set(key, []).get(key)).push(item);
  }
  const groups = [...spans.values()].sort((a, b) => a[0].from.localeCompare(b[0].from));
  const rows = Math.min(MAX_ROWS, groups.length);
  groups.forEach((list, index) => {
    const item = list[0];
    const strip = mark(container, 'strip', list, focusable, highlight);
    const end = item.to ? toDays(item.to) + 1 : first + days;
    strip.style.left = percent(toDays(item.from));
    strip.style.width = `calc(${percent(end)} - ${percent(toDays(item.from))})`;
    strip.style.bottom = `${((index % rows) / rows) * 100}%`;
    strip.style.height = `${100 / rows}%`;
  });
}

function mark(container, kind, list, focusable, highlight) {
  const element = document.createElement('span');
  element.className = kind;
  const names = list.slice(0, MAX_NAMES).map((item) => `${item.place}, ${item.dateLabel}`).join('; ')
    + (list.length > MAX_NAMES ? `; and ${list.length - MAX_NAMES} more` : '');
  element.title = names;
  if (focusable) {
    element.tabIndex = 0;
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', names);
  }
  const ids = list.map((item) => item.id);
  for (const type of ['mouseenter', 'focus']) {
    element.addEventListener(type, () => highlight(ids));
  }
  for (const type of ['mouseleave', 'blur']) {
    element.addEventListener(type, () => highlight([]));
  }
  container.appendChild(element);
  return element;
}

