// Places the labels of all label layers in screen space so that none covers another, a mark, a map control or
// whatever lies over the map, and none is cut by the map's edge: labels go in rank order (lower first, then data
// order), each takes the first free spot among those it may take (beside its point, centred on it, or at another
// anchor along a ring), and a label that fits nowhere is hidden. Only the top-ranked labels (a capital's) may move
// far from their point; another label that moved far could be read as naming something else. Turned labels are
// measured as a row of small boxes along the text.
// Limits: greedy, not optimal; tens of labels against up to a few thousand boxes.

const EDGE = 2;
const DISTANCES = [4, 12, 22, 34];
const NEAR = 2;

/**
 * `labels`: [{element, rank, order, centred, anchors: [{lat, lon, angle}], place(index, dx, dy), drop()}];
 * `obstacles`: rects {x, y, w, h} in container pixels; `frame`: {w, h}.
 */
export function declutter(map, labels, obstacles, frame) {
  const taken = [...obstacles];
  const sorted = [...labels].sort((a, b) => a.rank - b.rank || a.order - b.order);
  for (const label of sorted) {
    const w = label.element.offsetWidth;
    const h = label.element.offsetHeight;
    const reach = label.rank <= sorted[0].rank ? DISTANCES : DISTANCES.slice(0, NEAR);
    const spot = candidates(map, label, w, h, reach).find((c) => c.boxes.every((box) => inside(box, frame)
      && !taken.some((other) => intersects(box, other))));
    if (spot) {
      label.place(spot.index, spot.dx, spot.dy);
      taken.push(...spot.boxes);
    } else {
      label.drop();
    }
  }
}

function candidates(map, label, w, h, distances) {
  const result = [];
  label.anchors.forEach((anchor, index) => {
    // Where the label's box starts before it is moved: at its point, give or take the line box it sits in.
    const p = map.latLngToContainerPoint([anchor.lat, anchor.lon])
      .add([label.element.offsetLeft, label.element.offsetTop]);
    if (anchor.angle !== null && anchor.angle !== undefined) {
      result.push({ index, dx: 0, dy: 2, boxes: alongText(p, w, h, anchor.angle, 2) });
      return;
    }
    const offsets = label.centred ? centredOffsets(w, h) : besideOffsets(w, h, distances);
    for (const [dx, dy] of offsets) {
      result.push({ index, dx, dy, boxes: [{ x: p.x + dx, y: p.y + dy, w, h }] });
    }
  });
  return result;
}

function besideOffsets(w, h, distances) {
  const offsets = [];
  for (const d of distances) {
    const k = d * 0.7;
    offsets.push([d, -h / 2], [-w - d, -h / 2], [-w / 2, -h - d], [-w / 2, d],
      [k, -h - k], [k, k], [-w - k, -h - k], [-w - k, k]);
  }
  return offsets.map(([x, y]) => [Math.round(x), Math.round(y)]);
}

function centredOffsets(w, h) {
  const offsets = [[-w / 2, -h / 2]];
  for (const step of [1, 2, 3]) {
    offsets.push([-w / 2, -h / 2 - step * h], [-w / 2, -h / 2 + step * h], [-w / 2 - step * h, -h / 2],
      [-w / 2 + step * h, -h / 2]);
  }
  return offsets.map(([x, y]) => [Math.round(x), Math.round(y)]);
}

// Text turned by `angle` about its top centre, which sits `dy` px below the point: the boxes around squares of
// its height laid half a square apart along it (each box holds its square however turned, so together they hold
// the text).
function alongText(p, w, h, angle, dy) {
  const a = (angle * Math.PI) / 180;
  const cos = Math.cos(a);
  const sin = Math.sin(a);
  const half = (h / 2) * (Math.abs(cos) + Math.abs(sin));
  const boxes = [];
  const steps = Math.max(1, Math.ceil((2 * (w - h)) / h));
  for (let i = 0; i <= steps; i += 1) {
    const u = Math.min(w - h / 2, h / 2 + (i * h) / 2) - w / 2;
    const v = h / 2;
    const cx = p.x + u * cos - v * sin;
    const cy = p.y + dy + u * sin + v * cos;
    boxes.push({ x: cx - half, y: cy - half, w: 2 * half, h: 2 * half });
  }
  return boxes;
}

function inside(box, frame) {
  return box.x >= EDGE && box.y >= EDGE && box.x + box.w <= frame.w - EDGE && box.y + box.h <= frame.h - EDGE;
}

function intersects(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
