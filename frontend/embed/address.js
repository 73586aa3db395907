// The embed's address: ?date=YYYY-MM-DD (up to a day of the dataset's period; default its last day) or
// ?from=YYYY-MM-DD&to=YYYY-MM-DD (a window), ?strike=<id>, and ?region=<code> (kept for the full map's link). A bad
// date is explained and the whole period shown, never guessed at; a window reaching past the period is cut to it.
// ?lang= (the page's language) is kept. The order of the parameters is the server's (share.ViewQuery). What the
// address says is quoted back cut to the server's echo limit (share/Echo.java, shipped as setup.texts.echoLimit),
// with <, >, quotes and backticks as their percent escapes, as the server quotes it. A language or region the server
// refused (setup.texts.refused; it words the notice) is left out of every address written here.
// Limits: whole days only.
import { word } from '../ui/words.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

let echoLimit = 40;

const ESCAPED = { '<': '%3C', '>': '%3E', '"': '%22', "'": '%27', '`': '%60' };

/** A value from the address as it may be shown: at most the echo limit in characters, then an ellipsis; no control characters. */
export function echo(value, limit = echoLimit) {
  const chars = Array.from(String(value))
    .map((c) => ESCAPED[c] || (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(c) ? ' ' : c));
  return chars.length > limit ? `${chars.slice(0, limit).join('')}…` : chars.join('');
}

function isDay(text) {
  return ISO_DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

export function readAddress(search, period, defaults, limit = echoLimit, refused = []) {
  echoLimit = limit;
  const params = new URLSearchParams(search);
  refused.forEach((name) => params.delete(name));
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
      problems.push(word('js.address.notADate', { date: echo(date) }));
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
    problems.push(word('js.address.windowNotADate', { date: echo(isDay(from) ? to : from) }));
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
