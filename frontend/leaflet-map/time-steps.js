// Incremental states for many dated items as the map's time moves: a state compares an item's first and last days
// with the window's `from` and `to` (time-filter.js), so when `to` moves from a to b only items whose first or last
// day lies between a and b can change, and likewise for `from`; each step looks at those items alone (found by binary
// search in two lists sorted once) instead of all of them. Switching between "up to a day" and a from–to window
// rechecks every item. The state itself is always time-filter.js's stateAt, so this index only narrows which items
// are asked, never decides. Limits: ISO days compared as strings; the day '' (no day) is the end of time, as in stateAt.
import { NONE, POSSIBLE, RECORD, stateAt, windowOf } from './time-filter.js';

const END_OF_TIME = '\uffff';

/**
 * `items`: any values; `fromOf(item)`: the first day it shows (falsy: always); `recordOf(item)`: its first day on
 * record (null: never, undefined: always once shown), as stateAt takes them. Call `moveTo(time, onChange)` for every
 * new map time: it calls `onChange(index, before, after)` for each item whose state changed (all items on the first call,
 * with `before` NONE) and keeps `counts` of items per state.
 */
export function createTimeSteps(items, fromOf, recordOf) {
  const from = items.map((item) => fromOf(item) || '');
  const record = items.map((item) => recordOf(item));
  const byFrom = sortedBy(from);
  const byRecord = sortedBy(record.map((day) => day || ''));
  const states = new Array(items.length).fill(NONE);
  const counts = { [NONE]: items.length, [POSSIBLE]: 0, [RECORD]: 0 };
  let current = null;

  function recheck(index, time, onChange) {
    const after = stateAt(from[index], record[index], time);
    const before = states[index];
    if (after !== before) {
      states[index] = after;
      counts[before] -= 1;
      counts[after] += 1;
      onChange?.(index, before, after);
    }
  }

  // Items with a first or last day from lo to hi, both inclusive (a bound's own day may flip either comparison).
  function recheckBetween(a, b, time, onChange) {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    // An item seen in both lists, or in both ranges, is rechecked again; the second time finds no change.
    for (const sorted of [byFrom, byRecord]) {
      for (let i = firstAtLeast(sorted, lo); i < sorted.keys.length && sorted.keys[i] <= hi; i++) {
        recheck(sorted.order[i], time, onChange);
      }
    }
  }

  return {
    states,
    counts,
    /**
     * Moves to `time` (a map time: 'YYYY-MM-DD', 'YYYY-MM-DD/YYYY-MM-DD', or '' for the end of time) and reports
     * each item whose state changed.
     */
    moveTo(time, onChange) {
      const window = windowOf(time);
      const next = { from: window.from, to: window.to || END_OF_TIME };
      if (current === null || (current.from === null) !== (next.from === null)) {
        items.forEach((_, index) => recheck(index, time, onChange));
      } else {
        if (next.to !== current.to) {
          recheckBetween(current.to, next.to, time, onChange);
        }
        if (next.from !== current.from) {
          recheckBetween(current.from, next.from, time, onChange);
        }
      }
      current = next;
    },
  };
}

function sortedBy(days) {
  const order = days.map((_, index) => index).filter((index) => days[index]);
  order.sort((a, b) => (days[a] < days[b] ? -1 : days[a] > days[b] ? 1 : 0));
  return { order, keys: order.map((index) => days[index]) };
}

/** Index of the first key not before `day`. */
function firstAtLeast(sorted, day) {
  let lo = 0;
  let hi = sorted.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted.keys[mid] < day) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
