// Takes marks apart that would overlap on screen at the map's current zoom: marks closer than a mark's width
// (the same spot, or neighbours such as a town and its suburb) form a group, and each group is laid out around its
// centre on a circle (a spiral when large) with room between marks, so every mark is whole, clickable and focusable
// on its own and a click never lands on a neighbour. A mark moved off its true spot keeps a thin line to it.
// A mark another stands in for (the draggable mark, larger, on its true spot) may be pinned: its group is laid out
// around it, the others on a circle clear of the larger mark. Limits: groups are recomputed per zoom and per day in
// O(n) cells plus O(groups²) merges; meant for up to a few thousand marks (a canvas renderer for more brings its own).
import L from 'leaflet';

const GAP = 6;
const CIRCLE_MAX = 8;

/**
 * Pixel offsets [dx, dy] from each entry's true position (entries with {lat, lon}) so no two marks of `size` px
 * overlap at the map's zoom; entries left where they are get none. `pinned` (an entry, or null) stays on its spot
 * and is taken as `pinSize` px wide, its neighbours placed around it.
 */
export function spread(entries, size, map, pinned = null, pinSize = size) {
  const reach = size + GAP;
  const layout = (members) => (members.some((m) => m.entry === pinned)
    ? layoutAround(members, members.find((m) => m.entry === pinned), size, (size + pinSize) / 2 + GAP)
    : layoutGroup(size, reach)(members));
  const points = entries.map((entry) => {
    const p = map.latLngToLayerPoint([entry.lat, entry.lon]);
    return { entry, x: p.x, y: p.y };
  });
  let groups = neighbours(points, reach).map(layout);
  // A group spread out may now reach a mark or group beside it: merge those and lay them out again.
  for (let round = 0; round < 6; round += 1) {
    const merged = mergeTouching(groups, reach);
    if (merged.length === groups.length) {
      break;
    }
    groups = merged.map(layout);
  }
  const offsets = new Map();
  for (const group of groups) {
    for (const m of group.members) {
      if (m.dx || m.dy) {
        offsets.set(m.entry, [Math.round(m.dx), Math.round(m.dy)]);
      }
    }
  }
  return offsets;
}

/**
 * Thin lines from moved marks back to their true spots, in the pane under the marks (so no line crosses a mark):
 * `layer` goes on the map with the marks, `draw` redraws them after each spread at the zoom it was made for.
 */
export function leaderLines(map) {
  const renderer = L.svg({ pane: 'shadowPane' });
  const layer = L.layerGroup();
  const style = { renderer, pane: 'shadowPane', interactive: false, className: 'lm-leader', weight: 1, opacity: 1 };
  return {
    layer,
    draw(entries, offsets, size) {
      layer.clearLayers();
      for (const entry of entries) {
        const [dx, dy] = offsets.get(entry) || [0, 0];
        if (Math.hypot(dx, dy) >= size * 0.6) {
          const end = map.layerPointToLatLng(map.latLngToLayerPoint([entry.lat, entry.lon]).add([dx, dy]));
          layer.addLayer(L.polyline([[entry.lat, entry.lon], end], style));
          layer.addLayer(L.circleMarker([entry.lat, entry.lon], { ...style, radius: 1.5, fillOpacity: 1 }));
        }
      }
    },
  };
}

/** Single-linkage groups of points closer than `reach`, found through a grid of `reach`-sized cells. */
function neighbours(points, reach) {
  const parent = points.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const cells = new Map();
  points.forEach((p, i) => {
    const cx = Math.floor(p.x / reach);
    const cy = Math.floor(p.y / reach);
    for (let ox = -1; ox <= 1; ox += 1) {
      for (let oy = -1; oy <= 1; oy += 1) {
        for (const j of cells.get(`${cx + ox},${cy + oy}`) || []) {
          if (Math.hypot(p.x - points[j].x, p.y - points[j].y) < reach) {
            parent[find(i)] = find(j);
          }
        }
      }
    }
    const key = `${cx},${cy}`;
    cells.set(key, [...(cells.get(key) || []), i]);
  });
  const groups = new Map();
  points.forEach((p, i) => {
    const root = find(i);
    groups.set(root, [...(groups.get(root) || []), p]);
  });
  return [...groups.values()];
}

function mergeTouching(groups, reach) {
  const parent = groups.map((_, i) => i);
  const find = (i) => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  groups.forEach((a, i) => {
    if (a.members.length < 2) {
      return;
    }
    groups.forEach((b, j) => {
      if (i !== j && Math.hypot(a.x - b.x, a.y - b.y) < a.radius + b.radius + GAP) {
        parent[find(i)] = find(j);
      }
    });
  });
  const merged = new Map();
  groups.forEach((g, i) => {
    const root = find(i);
    merged.set(root, [...(merged.get(root) || []), ...g.members]);
  });
  return [...merged.values()];
}

/** Places a group's members around their centre; returns the group with its centre and the radius it covers. */
function layoutGroup(size, reach) {
  return (members) => {
    const x = members.reduce((sum, m) => sum + m.x, 0) / members.length;
    const y = members.reduce((sum, m) => sum + m.y, 0) / members.length;
    if (members.length === 1) {
      const [m] = members;
      return { x: m.x, y: m.y, radius: size / 2, members: [{ entry: m.entry, x: m.x, y: m.y, dx: 0, dy: 0 }] };
    }
    // Round the circle in the order the true spots lie around the centre; marks on one spot start at the top.
    const angleOf = (m) => (Math.hypot(m.x - x, m.y - y) < 0.5 ? -Math.PI / 2 : Math.atan2(m.y - y, m.x - x));
    const sorted = members.map((m, index) => ({ m, index, angle: angleOf(m) }))
      .sort((a, b) => a.angle - b.angle || a.index - b.index);
    const n = sorted.length;
    const slots = n <= CIRCLE_MAX ? circle(n, size, reach, sorted[0].angle) : spiral(n, reach);
    const placed = sorted.map(({ m }, k) => ({ entry: m.entry, x: m.x, y: m.y,
      dx: x + slots[k][0] - m.x, dy: y + slots[k][1] - m.y }));
    const radius = Math.max(...slots.map(([sx, sy]) => Math.hypot(sx, sy))) + size / 2;
    return { x, y, radius, members: placed };
  };
}

/** As layoutGroup, the centre being `pin` on its true spot and the others at least `clear` px from it. */
function layoutAround(members, pin, size, clear) {
  const others = members.filter((m) => m !== pin);
  if (others.length === 0) {
    return layoutGroup(size, size + GAP)(members);
  }
  const reach = size + GAP;
  const angleOf = (m) => (Math.hypot(m.x - pin.x, m.y - pin.y) < 0.5 ? -Math.PI / 2 : Math.atan2(m.y - pin.y, m.x - pin.x));
  const sorted = others.map((m, index) => ({ m, index, angle: angleOf(m) }))
    .sort((a, b) => a.angle - b.angle || a.index - b.index);
  const n = sorted.length;
  const slots = n <= CIRCLE_MAX
    ? circle(n, size, reach, sorted[0].angle).map(([sx, sy]) => {
      const r = Math.hypot(sx, sy);
      const wanted = Math.max(r, clear);
      return r === 0 ? [0, -wanted] : [(sx * wanted) / r, (sy * wanted) / r];
    })
    : spiral(n, reach, clear);
  const placed = sorted.map(({ m }, k) => ({ entry: m.entry, x: m.x, y: m.y,
    dx: pin.x + slots[k][0] - m.x, dy: pin.y + slots[k][1] - m.y }));
  placed.push({ entry: pin.entry, x: pin.x, y: pin.y, dx: 0, dy: 0 });
  const radius = Math.max(clear, ...slots.map(([sx, sy]) => Math.hypot(sx, sy))) + size / 2;
  return { x: pin.x, y: pin.y, radius, members: placed };
}

function circle(n, size, reach, start) {
  if (n === 1) {
    return [[size * 0.7 * Math.cos(start), size * 0.7 * Math.sin(start)]];
  }
  const r = Math.max(size * 0.7 + n, reach / (2 * Math.sin(Math.PI / n)));
  return Array.from({ length: n }, (_, k) => {
    const a = start + (2 * Math.PI * k) / n;
    return [r * Math.cos(a), r * Math.sin(a)];
  });
}

// An Archimedean spiral whose turns and steps both stay `reach` apart.
function spiral(n, reach, inner = reach * 0.9) {
  const slots = [];
  let angle = 0;
  for (let k = 0; k < n; k += 1) {
    const r = inner + reach * (angle / (2 * Math.PI));
    slots.push([r * Math.cos(angle), r * Math.sin(angle)]);
    angle += reach / r;
  }
  return slots;
}
