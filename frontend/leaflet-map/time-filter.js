// What a feature dated by ISO days is at the map's time: 'none' (not yet), 'possible' (its span has begun, not ended)
// or 'record' (its span has ended). The server writes each feature's days; this is the only day comparison the
// browser makes, for marks, region counts, the count sentence and the list alike (ISO dates compare as strings).
// Limits: whole days only.

export const NONE = 'none';
export const POSSIBLE = 'possible';
export const RECORD = 'record';

/**
 * `from`: the first day it shows (none: always). `recordFrom`: the first day it is on record; null: never (an
 * unknown end), undefined: the layer has no such rule and every shown feature is on record. No `day`: the end of time.
 */
export function stateAt(from, recordFrom, day) {
  if (day && from && from > day) {
    return NONE;
  }
  if (recordFrom === undefined) {
    return RECORD;
  }
  return recordFrom && (!day || recordFrom <= day) ? RECORD : POSSIBLE;
}

/** The state of a feature of a layer whose config names its day properties (`timeProperty`, `recordProperty`). */
export function featureStateAt(feature, config, day) {
  const p = feature.properties || {};
  const from = config.timeProperty ? p[config.timeProperty] : null;
  const recordFrom = config.recordProperty ? (p[config.recordProperty] ?? null) : undefined;
  return stateAt(from, recordFrom, day);
}
