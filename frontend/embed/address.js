// The embed's address: ?date=YYYY-MM-DD (up to a day of the dataset's period; default its last day) or
// ?from=YYYY-MM-DD&to=YYYY-MM-DD (a window; a missing end is the period's), ?strike=<id>, ?region=<code> (kept for
// the full map's link) and ?lang= (the page's language, kept). A blank value reads as none. A value that is not a day,
// a day outside the period or a reversed window is a problem and the whole period is shown, never guessed at; a
// window reaching past the period is cut to it, with a problem that says so. A problem is `{kind, values}`: the words
// are the page's `js.address.<kind>`, filled with `values` (the reader's text cut by echo.js, days as ISO dates).
// The server's definition is share.ViewAddress (the embed has no server to ask); both run
// src/test/resources/rules/address.json. The order of the parameters written is share.ViewQuery's. Pure: no DOM.
// A language or region the server refused (setup.texts.refused; the server words that notice) is left out: read as
// none, so no address written here carries it.
// Limits: whole days only; values are written URL-encoded as URLSearchParams does (ids and codes are plain).
import { echo } from './echo.js';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const BLANK = /^[ \t\r\n]*$/;

/** A whole day written YYYY-MM-DD that the calendar has (no 30 February). */
export function isDay(text) {
  if (!ISO_DAY.test(text)) {
    return false;
  }
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * `period`: `{start, end}` (ISO days); `defaults`: `{day, strike}` shown when the address names none (a static copy
 * published for one of them); `echoLimit`: how much of a bad value a problem quotes; `refused`: the names of the
 * parameters the server refused, read as absent.
 */
export function readAddress(search, period, defaults, echoLimit, refused = []) {
  const params = new URLSearchParams(search);
  refused.forEach((name) => params.delete(name));
  const value = (name) => {
    const text = params.get(name);
    return text === null || BLANK.test(text) ? null : text;
  };
  const state = { mode: 'day', day: defaults.day || period.end, from: null, to: null,
    strike: value('strike') || defaults.strike || null, region: value('region'), lang: params.get('lang'),
    version: params.get('version'), problem: null };
  const from = value('from');
  const to = value('to');
  if (from !== null || to !== null) {
    return Object.assign(state, { mode: 'window' }, readWindow(from ?? period.start, to ?? period.end, period, echoLimit));
  }
  const date = value('date');
  if (date !== null) {
    if (!isDay(date)) {
      state.problem = { kind: 'notADate', values: { date: echo(date, echoLimit) } };
      state.day = period.end;
    } else if (date < period.start || date > period.end) {
      state.problem = { kind: 'outside', values: { date, from: period.start, to: period.end } };
      state.day = period.end;
    } else {
      state.day = date;
    }
  }
  return state;
}

function readWindow(from, to, period, echoLimit) {
  const whole = { from: period.start, to: period.end };
  if (!isDay(from) || !isDay(to)) {
    return { ...whole, problem: { kind: 'windowNotADate', values: { date: echo(isDay(from) ? to : from, echoLimit) } } };
  }
  if (from > to) {
    return { ...whole, problem: { kind: 'reversed', values: { from, to } } };
  }
  if (to < period.start || from > period.end) {
    return { ...whole, problem: { kind: 'windowOutside', values: { from, to, start: period.start, end: period.end } } };
  }
  const cut = { from: from < period.start ? period.start : from, to: to > period.end ? period.end : to };
  if (cut.from !== from || cut.to !== to) {
    return { ...cut, problem: { kind: 'windowCut', values: { from, to, cutFrom: cut.from, cutTo: cut.to } } };
  }
  return cut;
}

/** The map time the address names: the day, or "from/to" (time-filter.js). */
export function timeOf(state) {
  return state.mode === 'window' ? `${state.from}/${state.to}` : state.day;
}

/** The address of a view: the day unless it is `lastDay`, or the window; the strike, the region, the language and the pinned version. */
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
  if (state.version) {
    params.set('version', state.version);
  }
  return params.toString();
}
