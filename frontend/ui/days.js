// Whole days as the timeline and the list handle them: ISO strings, day numbers, and "2 Jan 2024" labels (UTC).

const DAY = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function toDays(iso) {
  return Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
}

export function toIso(days) {
  return new Date(days * DAY).toISOString().slice(0, 10);
}

export function dayLabel(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
