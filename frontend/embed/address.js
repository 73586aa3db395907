// The embed's address: ?date=YYYY-MM-DD (a day of the dataset's period; default its last day) and ?strike=<id>.
// A bad date is explained and the whole period shown, never guessed at. Limits: whole days only.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAddress(search, period, defaults) {
  const params = new URLSearchParams(search);
  const problems = [];
  let day = defaults.day || period.end;
  const date = params.get('date');
  if (date !== null) {
    if (!ISO_DAY.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      problems.push(`"${date}" is not a date (YYYY-MM-DD); showing the whole period.`);
    } else if (date < period.start || date > period.end) {
      problems.push(`${date} is outside the reported period (${period.start} to ${period.end}); showing the whole period.`);
    } else {
      day = date;
    }
  }
  return { day, strike: params.get('strike') || defaults.strike || null, problems };
}

export function writeAddress(state, lastDay) {
  const params = new URLSearchParams();
  if (state.day && state.day !== lastDay) {
    params.set('date', state.day);
  }
  if (state.strike) {
    params.set('strike', state.strike);
  }
  return params.toString();
}
