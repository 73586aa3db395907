// The timeline's counts at a map time, a day or a from–to window (attacks on record, possible, and in all), kept step
// by step: the strikes are indexed once per list of items (time-steps.js), so moving a handle costs the strikes whose
// state changes, not all of them.
// Limits: counts only the items marked `counted`; one index per items array (kept while that array lives).
import { POSSIBLE, RECORD } from '../leaflet-map/time-filter.js';
import { createTimeSteps } from '../leaflet-map/time-steps.js';

const indexes = new WeakMap();

/** `{record, possible, total}` of the counted items at `time` (a day, 'from/to', or '' for the end of time). */
export function countsAt(items, time) {
  let steps = indexes.get(items);
  if (!steps) {
    const counted = items.filter((item) => item.counted);
    steps = createTimeSteps(counted, (item) => item.visibleFrom, (item) => item.onRecordFrom);
    steps.total = counted.length;
    indexes.set(items, steps);
  }
  steps.moveTo(time);
  return { record: steps.counts[RECORD], possible: steps.counts[POSSIBLE], total: steps.total };
}
