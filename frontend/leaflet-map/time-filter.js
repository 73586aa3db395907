// What a feature dated by ISO days is at the map's time: 'none' (not shown), 'possible' or 'record'. The map's time
// is a window of days: 'YYYY-MM-DD' is "up to that day" (open at its start: the cumulative timeline),
// 'YYYY-MM-DD/YYYY-MM-DD' a from–to window (ISO 8601 interval), both inclusive, and '' all of time. One rule reads
// both: a feature whose span lies inside the window is 'record' (on record, or in the window), one whose span meets
// the window without lying inside is 'possible', any other is 'none'. The browser applies it itself at every step of
// the timeline (no server round trip); the server's definition is map.TimeWindow#stateOf, and both run the table
// src/test/resources/rules/time-rule.json. This is the only day comparison the browser makes, for marks, region
// counts, the count sentence and the list alike (ISO dates compare as strings). Limits: whole days only.

export const NONE = 'none';
export const POSSIBLE = 'possible';
export const RECORD = 'record';

let lastTime = null;
let lastWindow = { from: null, to: null };

/** The window a map time names: `{ from, to }`, null for an open side. No time: all of time. */
export function windowOf(time) {
  if (time !== lastTime) {
    const [a, b] = String(time || '').split('/');
    lastWindow = b === undefined ? { from: null, to: a || null } : { from: a || null, to: b || null };
    lastTime = time;
  }
  return lastWindow;
}

/** True when the time is a from–to window rather than "up to a day". */
export function isWindow(time) {
  return windowOf(time).from !== null;
}

/**
 * `from`: the first day of the feature's span (none: always shown). `recordFrom`: its last day; null: unknown (it
 * never ends); undefined: the layer has no such rule and the feature is a single day, `from`.
 */
export function stateIn(from, recordFrom, windowFrom, windowTo) {
  if (!from && recordFrom === undefined) {
    return RECORD;
  }
  const end = recordFrom === undefined ? from : recordFrom;
  if ((windowTo && from && from > windowTo) || (windowFrom && end && end < windowFrom)) {
    return NONE;
  }
  const startsInside = !windowFrom || (from && from >= windowFrom);
  const endsInside = end && (!windowTo || end <= windowTo);
  return startsInside && endsInside ? RECORD : POSSIBLE;
}

/** The state at a map time (see windowOf): 'up to a day' or a from–to window. */
export function stateAt(from, recordFrom, time) {
  const window = windowOf(time);
  return stateIn(from, recordFrom, window.from, window.to);
}

/** The state of a feature of a layer whose config names its day properties (`timeProperty`, `recordProperty`). */
export function featureStateAt(feature, config, time) {
  const p = feature.properties || {};
  const from = config.timeProperty ? p[config.timeProperty] : null;
  const recordFrom = config.recordProperty ? (p[config.recordProperty] ?? null) : undefined;
  return stateAt(from, recordFrom, time);
}
