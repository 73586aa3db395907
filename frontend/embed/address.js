// The embed's address: ?date=YYYY-MM-DD (up to a day of the dataset's period; default its last day) or
// ?from=YYYY-MM-DD&to=YYYY-MM-DD (a window), ?strike=<id>, and ?region=<code> (kept for the full map's link). A bad
// date is explained and the whole period shown, never guessed at; a window reaching past the period is cut to it.
// ?lang= (the page's language) is kept. The order of the parameters is the server's (share.ViewQuery).
// Limits: whole days only.
import { word } from '../ui/words.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

// Values from the address are shown cut short: the address is anyone's to write.
function shown(text) {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

function isDay(text) {
  return ISO_DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

export function readAddress(search, period, defaults) {
  const params = new URLSearchParams(search);
  const problems = [];
  const state = { mode: 'day', day: defaults.day || period.end, from: null, to: null,
    strike: params.get('strike') || defaults.strike || null, region: params.get('region') || null,
    lang: params.get('lang'), problems };
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  if (from || to) {
    Object.assign(state, { mode: 'window' }, readWindow(from || period.start, to || period.end, period, problems));
    return state;
  }
  const date = params.get('date');
  if (date !== null && date !== '') {
    if (!isDay(date)) {
      problems.push(word('js.address.notADate', { date: shown(date) }));
    } else if (date < period.start || date > period.end) {
      problems.push(word('js.address.outside', { date, from: period.start, to: period.end }));
    } else {
      state.day = date;
    }
  }
  return state;
}

function readWindow(from, to, period, problems) {
  const whole = { from: period.start, to: period.end };
  if (!isDay(from) || !isDay(to)) {
    problems.push(word('js.address.windowNotADate', { date: shown(isDay(from) ? to : from) }));
    return whole;
  }
  if (from > to) {
    problems.push(word('js.address.reversed', { from, to }));
    return whole;
  }
  if (to < period.start || from > period.end) {
    problems.push(word('js.address.windowOutside', { from, to, start: period.start, end: period.end }));
    return whole;
  }
  const cut = { from: from < period.start ? period.start : from, to: to > period.end ? period.end : to };
  if (cut.from !== from || cut.to !== to) {
    problems.push(word('js.address.windowCut', { from, to, cutFrom: cut.from, cutTo: cut.to }));
  }
  return cut;
}

/** The map time the address names: the day, or "from/to" (time-filter.js). */
export function timeOf(state) {
  return state.mode === 'window' ? `${state.from}/${state.to}` : state.day;
}

export function writeAddress(state, lastDay) {
  const params = new URLSearchParams();
  if (state.mode !== 'window' && state.day && state.day !== lastDay) {
    params.set('date', state.day);
  }
  if (state.strike) {
    params.set('strike', state.strike);
  }
  if (state.mode === 'window') {
    params.set('from', state.from);
    params.set('to', state.to);
  }
  if (state.region) {
    params.set('region', state.region);
  }
  if (state.lang) {
    params.set('lang', state.lang);
  }
  return params.toString();
}
