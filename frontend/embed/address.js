// The embed's address: ?date=YYYY-MM-DD (up to a day of the dataset's period; default its last day) or
// ?from=YYYY-MM-DD&to=YYYY-MM-DD (a window), ?strike=<id>, and ?region=<code> (kept for the full map's link). A bad
// date is explained and the whole period shown, never guessed at; a window reaching past the period is cut to it.
// The order of the parameters is the server's (share.ViewQuery). Limits: whole days only.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The words the address explains itself with (to move to a bundle with the rest). */
const TEXT = {
  notDate: (text) => `"${text}" is not a date (YYYY-MM-DD); showing the whole period.`,
  outside: (day, period) => `${day} is outside the reported period (${period.start} to ${period.end}); showing the whole period.`,
  windowNotDate: (text) => `"${text}" is not a date (YYYY-MM-DD); showing the whole period as the window.`,
  reversed: (from, to) => `The window starts on ${from}, after it ends on ${to}; showing the whole period as the window.`,
  windowOutside: (from, to, period) => `The window ${from} to ${to} is outside the reported period (${period.start} to ${period.end}); showing the whole period as the window.`,
  windowCut: (from, to, cutFrom, cutTo) => `The window ${from} to ${to} reaches outside the reported period; showing ${cutFrom} to ${cutTo}.`,
};

function isDay(text) {
  return ISO_DAY.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

export function readAddress(search, period, defaults) {
  const params = new URLSearchParams(search);
  const problems = [];
  const state = { mode: 'day', day: defaults.day || period.end, from: null, to: null,
    strike: params.get('strike') || defaults.strike || null, region: params.get('region') || null, problems };
  const from = params.get('from') || null;
  const to = params.get('to') || null;
  if (from || to) {
    Object.assign(state, { mode: 'window' }, readWindow(from || period.start, to || period.end, period, problems));
    return state;
  }
  const date = params.get('date');
  if (date !== null && date !== '') {
    if (!isDay(date)) {
      problems.push(TEXT.notDate(date));
    } else if (date < period.start || date > period.end) {
      problems.push(TEXT.outside(date, period));
    } else {
      state.day = date;
    }
  }
  return state;
}

function readWindow(from, to, period, problems) {
  const whole = { from: period.start, to: period.end };
  if (!isDay(from) || !isDay(to)) {
    problems.push(TEXT.windowNotDate(isDay(from) ? to : from));
    return whole;
  }
  if (from > to) {
    problems.push(TEXT.reversed(from, to));
    return whole;
  }
  if (to < period.start || from > period.end) {
    problems.push(TEXT.windowOutside(from, to, period));
    return whole;
  }
  const cut = { from: from < period.start ? period.start : from, to: to > period.end ? period.end : to };
  if (cut.from !== from || cut.to !== to) {
    problems.push(TEXT.windowCut(from, to, cut.from, cut.to));
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
  return params.toString();
}
