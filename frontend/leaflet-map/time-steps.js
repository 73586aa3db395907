// Incremental day states for many dated items: when the map's day moves from a to b, only items whose first shown
// day or first day on record lies between a and b can change state, so each step looks at those items alone (found
// by binary search in two lists sorted once) instead of all of them. The state itself is always time-filter.js's
// stateAt, so this index only narrows which items are asked, never decides. Limits: ISO days compared as strings;
// the day '' (no day) is the end of time, as in stateAt.
import { NONE, POSSIBLE, RECORD, stateAt } from './time-filter.js';

const END_OF_TIME = '\uffff';

/**
 * `items`: any values; `fromOf(item)`: the first day it shows (falsy: always); `recordOf(item)`: its first day on
 * record (null: never, undefined: always once shown), as stateAt takes them. Call `moveTo(day, onChange)` for every
 * new day: it calls `onChange(index, before, after)` for each item whose state changed (all items on the first call,
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

  function recheck(index, day, onChange) {
    const after = stateAt(from[index], record[index], day);
    const before = states[index];
    if (after !== before) {
      states[index] = after;
      counts[before] -= 1;
      counts[after] += 1;
      onChange?.(index, before, after);
    }
  }

  return {
    states,
    counts,
    /** Moves to `day` (ISO, or '' for the end of time) and reports each item whose state changed. */
    moveTo(day, onChange) {
      const key = day || END_OF_TIME;
      if (current === null) {
        items.forEach((_, index) => recheck(index, day, onChange));
      } else if (key !== current) {
        const lo = key < current ? key : current;
        const hi = key < current ? current : key;
        // An item seen in both lists is rechecked twice; the second finds no change.
        for (const sorted of [byFrom, byRecord]) {
          for (let i = firstAbove(sorted, lo); i < sorted.keys.length && sorted.keys[i] <= hi; i++) {
            recheck(sorted.order[i], day, onChange);
          }
        }
      }
      current = key;
    },
  };
}

function sortedBy(days) {
  const order = days.map((_, index) => index).filter((index) => days[index]);
  order.sort((a, b) => (days[a] < days[b] ? -1 : days[a] > days[b] ? 1 : 0));
  return { order, keys: order.map((index) => days[index]) };
}

/** Index of the first key greater than `day`. */
function firstAbove(sorted, day) {
  let lo = 0;
  let hi = sorted.keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted.keys[mid] <= day) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}
