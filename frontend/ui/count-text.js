// The count sentence the timeline and the list write: the server's templates (map.CountSentence) filled with how
// many counted strikes are on record (or in the window) and how many more are possible at a map time, by the one
// time rule (time-filter.js). Limits: English number agreement is the templates' business.
import { isWindow, POSSIBLE, RECORD, stateAt, windowOf } from '../leaflet-map/time-filter.js';
import { dayLabel } from './days.js';

/** How many counted strikes (properties with visibleFrom, onRecordFrom, counted) are on record and possible at `time`. */
export function tally(strikes, time) {
  let record = 0;
  let possible = 0;
  for (const strike of strikes) {
    if (!strike.counted) {
      continue;
    }
    const state = stateAt(strike.visibleFrom, strike.onRecordFrom ?? null, time);
    if (state === RECORD) {
      record += 1;
    } else if (state === POSSIBLE) {
      possible += 1;
    }
  }
  return { record, possible };
}

/**
 * `templates`: count, possible, unlocated, regionCount, windowCount, windowPossible, windowRegionCount. A window
 * leaves the unlocated attacks out: nothing says whether they fall in it.
 */
export function countText(templates, { record, possible, total, unlocated, region, time }) {
  const window = isWindow(time);
  const main = region ? (window ? templates.windowRegionCount : templates.regionCount)
    : (window ? templates.windowCount : templates.count);
  let text = (main || '').replace('{record}', String(record)).replace('{total}', String(total));
  if (possible > 0) {
    text += ((window ? templates.windowPossible : templates.possible) || '').replace('{possible}', String(possible));
  }
  if (!region && !window && unlocated > 0) {
    text += (templates.unlocated || '').replace('{unlocated}', String(unlocated));
  }
  return text;
}

/** "30 Dec 2023 – 5 Jan 2024" for a window, "2 Jan 2024" up to a day. */
export function timeLabel(time) {
  const { from, to } = windowOf(time);
  return from ? `${dayLabel(from)} – ${dayLabel(to)}` : dayLabel(to);
}
