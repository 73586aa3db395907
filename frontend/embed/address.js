// The embed's address: ?date=YYYY-MM-DD (a day of the dataset's period; default its last day) and ?strike=<id>.
// A bad date is explained and the whole period shown, never guessed at. ?lang= (the page's language) is kept.
// Limits: whole days only.
import { word } from '../ui/words.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAddress(search, period, defaults) {
  const params = new URLSearchParams(search);
  const problems = [];
  let day = defaults.day || period.end;
  const date = params.get('date');
  if (date !== null) {
    if (!ISO_DAY.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      problems.push(word('js.address.notADate', { date }));
    } else if (date < period.start || date > period.end) {
      problems.push(word('js.address.outside', { date, from: period.start, to: period.end }));
    } else {
      day = date;
    }
  }
  return { day, strike: params.get('strike') || defaults.strike || null, lang: params.get('lang'), problems };
}

export function writeAddress(state, lastDay) {
  const params = new URLSearchParams();
  if (state.day && state.day !== lastDay) {
    params.set('date', state.day);
  }
  if (state.strike) {
    params.set('strike', state.strike);
  }
  if (state.lang) {
    params.set('lang', state.lang);
  }
  return params.toString();
}
