// The embed's address: ?date=YYYY-MM-DD (a day of the dataset's period; default its last day) and ?strike=<id>.
// A bad date is explained and the whole period shown, never guessed at; what the address says is quoted back cut to
// the server's echo limit (share/Echo.java, shipped as setup.texts.echoLimit). Limits: whole days only.

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A value from the address as it may be shown: at most `limit` characters, then an ellipsis; no control characters. */
export function echo(value, limit) {
  const chars = Array.from(String(value)).map((c) => (/[\p{Cc}\p{Cf}\u2028\u2029]/u.test(c) ? ' ' : c));
  return chars.length > limit ? `${chars.slice(0, limit).join('')}…` : chars.join('');
}

export function readAddress(search, period, defaults, echoLimit = 40) {
  const params = new URLSearchParams(search);
  const problems = [];
  let day = defaults.day || period.end;
  const date = params.get('date');
  if (date !== null) {
    if (!ISO_DAY.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
      problems.push(`"${echo(date, echoLimit)}" is not a date (expected YYYY-MM-DD from ${period.start} to ${period.end}); showing the whole period.`);
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
