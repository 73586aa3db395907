// Point features drawn on one canvas, for layers too big for a DOM element per mark (marker-layer.js switches here
// above CANVAS_THRESHOLD features). The look is not copied: each (shape, faded, possible) mark is drawn once into a
// sprite from symbols.js's SVG geometry with the style the page's CSS computes for it (a hidden probe mark), and the
// states come from time-filter.js's rule, asked only for the features whose state can change (time-steps.js).
// The steps of one frame share one draw (requestAnimationFrame). A click or tap opens the topmost mark under it; the
// list beside the map is the keyboard and screen-reader path. With too many marks in view to draw apart, a crowded
// square of the map is one numbered circle counting its marks per state (canvas-circles.js), which a click zooms
// into: a frame then costs a few hundred stamps, not one per mark.
// Limits: marks sharing one spot fan out once for all days (not per day); no per-mark focus or aria (see the list).
import L from 'leaflet';
import { symbolSvg } from './symbols.js';
import { NONE, POSSIBLE, RECORD } from './time-filter.js';
import { createTimeSteps } from './time-steps.js';
import { drawStyledMark } from './canvas-sprites.js';
import { createCanvasCircles } from './canvas-circles.js';
import { fanOut } from './fan-out.js';

export const CANVAS_THRESHOLD = 1000;
const CELL = 32;

export function createCanvasMarkerLayer(config, data, map, events) {
  const size = config.size;
  const entries = data.features.map((feature) => {
    const p = feature.properties || {};
    const [lon, lat] = feature.geometry.coordinates;
    return { feature, id: String(feature.id ?? p.id), lat, lon, offset: [0, 0], sprites: {},
      symbol: (config.symbolProperty && p[config.symbolProperty]) || config.symbol || 'dot',
      faded: !!config.fadedProperty && p[config.fadedProperty] === true };
  });
  fanOut(entries, size);
  const byId = new Map(entries.map((entry, index) => [entry.id, index]));
  // The same property reading as time-filter.js's featureStateAt; the rule itself is stateAt, inside time-steps.
  const steps = createTimeSteps(entries,
    (entry) => (config.timeProperty ? entry.feature.properties[config.timeProperty] : null),
    (entry) => (config.recordProperty ? (entry.feature.properties[config.recordProperty] ?? null) : undefined));
  const sprites = new Map();
  let selected = -1;
  let highlighted = new Set();
  let points = null;
  let grid = null;
  const circles = createCanvasCircles(map, (on) => events.clustersChanged?.(config.id, on));
  let lastChanges = [];
  let moved = false;
  let pendingFrame = 0;

  const layer = L.Layer.extend({
    onAdd() {
      this._canvas = L.DomUtil.create('canvas', 'lm-canvas-marks leaflet-zoom-hide');
      this._canvas.setAttribute('aria-hidden', 'true');
      this._canvas.dataset.layerId = config.id;
      map.getPane('markerPane').appendChild(this._canvas);
      map.on('moveend zoomend resize viewreset', this._reset, this);
      map.getContainer().addEventListener('click', onClick, true);
      map.getContainer().addEventListener('mousemove', onMove);
      this._reset();
    },
    onRemove() {
      map.off('moveend zoomend resize viewreset', this._reset, this);
      map.getContainer().removeEventListener('click', onClick, true);
      map.getContainer().removeEventListener('mousemove', onMove);
      this._canvas.remove();
      this._canvas = null;
      cancelAnimationFrame(pendingFrame);
      pendingFrame = 0;
    },
    _reset() {
      points = null;
      draw();
    },
  });
  const leafletLayer = new layer();

  // Layer points of every mark, and a grid of them for hit-testing; redone when the zoom or the view moves.
  function project() {
    points = entries.map((entry) => map.latLngToLayerPoint([entry.lat, entry.lon]).add(entry.offset));
    grid = new Map();
    points.forEach((point, index) => {
      const key = `${Math.floor(point.x / CELL)},${Math.floor(point.y / CELL)}`;
      (grid.get(key) || grid.set(key, []).get(key)).push(index);
    });
    circles.regroup(points, steps.states);
  }

  function spriteFor(entry, state, emphasis) {
    if (!emphasis && entry.sprites[state]) {
      return entry.sprites[state];
    }
    const key = `${entry.symbol}|${entry.faded}|${state}|${emphasis}`;
    if (!sprites.has(key)) {
      sprites.set(key, drawStyledMark(map.getContainer(), symbolSvg(entry.symbol, size),
        `lm-mark lm-mark-${entry.symbol}${entry.faded ? ' lm-faded' : ''}${state === POSSIBLE ? ' lm-possible' : ''}`,
        size, emphasis));
      // Names what each stamp stands for, so a test can count the marks drawn per state.
      sprites.get(key).image.lmState = state;
    }
    if (!emphasis) {
      entry.sprites[state] = sprites.get(key);
    }
    return sprites.get(key);
  }

  function draw() {
    const canvas = leafletLayer._canvas;
    if (!canvas) {
      return;
    }
    const mapSize = map.getSize();
    const ratio = window.devicePixelRatio || 1;
    const topLeft = map.containerPointToLayerPoint([0, 0]);
    L.DomUtil.setPosition(canvas, topLeft);
    if (canvas.width !== Math.round(mapSize.x * ratio) || canvas.height !== Math.round(mapSize.y * ratio)) {
      canvas.width = Math.round(mapSize.x * ratio);
      canvas.height = Math.round(mapSize.y * ratio);
      canvas.style.width = `${mapSize.x}px`;
      canvas.style.height = `${mapSize.y}px`;
    }
    if (!points) {
      project();
    }
    const context = canvas.getContext('2d');
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, canvas.width, canvas.height);
    context.setTransform(1, 0, 0, 1, -topLeft.x * ratio, -topLeft.y * ratio);
    context.scale(ratio, ratio);
    const margin = size * 2;
    const right = topLeft.x + mapSize.x + margin;
    const bottom = topLeft.y + mapSize.y + margin;
    // Possible marks under those on record, circles over both, emphasised marks on top, as the DOM marks stack.
    const loose = circles.loose;
    for (const wanted of [POSSIBLE, RECORD]) {
      for (let k = 0, n = loose ? loose.length : entries.length; k < n; k++) {
        const i = loose ? loose[k] : k;
        const point = points[i];
        if (steps.states[i] !== wanted || i === selected || highlighted.has(i) || point.x < topLeft.x - margin
          || point.y < topLeft.y - margin || point.x > right || point.y > bottom) {
          continue;
        }
        const sprite = spriteFor(entries[i], wanted, '');
        // Whole pixels and the sprite's own size: software canvases copy those without resampling.
        if (ratio === 1) {
          context.drawImage(sprite.image, Math.round(point.x - sprite.half), Math.round(point.y - sprite.half));
        } else {
          context.drawImage(sprite.image, point.x - sprite.half, point.y - sprite.half, sprite.extent, sprite.extent);
        }
      }
    }
    circles.paint(context, L.bounds([topLeft.x - margin, topLeft.y - margin], [right, bottom]));
    for (const i of [...highlighted, selected]) {
      if (i >= 0 && steps.states[i] !== NONE) {
        const sprite = spriteFor(entries[i], steps.states[i], i === selected ? 'selected' : 'highlighted');
        context.drawImage(sprite.image, points[i].x - sprite.half, points[i].y - sprite.half, sprite.extent, sprite.extent);
      }
    }
  }

  // Stamping thousands of marks costs more than the rest of a step, so the steps of one frame (a drag sends several)
  // share one draw, just before the frame is painted; its time is a performance measure ('lm-canvas-draw').
  function drawSoon() {
    if (!pendingFrame) {
      pendingFrame = requestAnimationFrame(() => {
        pendingFrame = 0;
        const start = performance.now();
        draw();
        performance.measure('lm-canvas-draw', { start, end: performance.now() });
      });
    }
  }

  /** Index of the shown mark under a container point: on-record marks before possible ones, then the nearest. */
  function hit(containerPoint) {
    if (!points) {
      project();
    }
    const point = map.containerPointToLayerPoint(containerPoint);
    const reach = Math.max(size / 2 + 2, window.matchMedia?.('(pointer: coarse)').matches ? 22 : 0);
    let best = -1;
    let bestScore = Infinity;
    const cx = Math.floor(point.x / CELL);
    const cy = Math.floor(point.y / CELL);
    for (let x = cx - 1; x <= cx + 1; x++) {
      for (let y = cy - 1; y <= cy + 1; y++) {
        for (const index of grid.get(`${x},${y}`) || []) {
          const distance = points[index].distanceTo(point);
          const state = steps.states[index];
          if (state === NONE || distance > reach || (circles.hides(index) && index !== selected && !highlighted.has(index))) {
            continue;
          }
          const score = distance + (index === selected ? -1000 : 0) + (state === POSSIBLE ? 100 : 0);
          if (score < bestScore) {
            bestScore = score;
            best = index;
          }
        }
      }
    }
    return best;
  }

  function onClick(event) {
    if (map.dragging?.moved() || !leafletLayer._canvas) {
      return;
    }
    const index = hit(map.mouseEventToContainerPoint(event));
    const circle = index < 0 ? circles.at(map.mouseEventToLayerPoint(event)) : null;
    if (circle) {
      event.stopPropagation();
      circles.zoomInto(circle, (i) => [entries[i].lat, entries[i].lon]);
    } else if (index >= 0) {
      // The mark is on top: the region under it must not take the click too.
      event.stopPropagation();
      events.featureClick(config.id, entries[index].id);
    }
  }

  function onMove(event) {
    const over = hit(map.mouseEventToContainerPoint(event)) >= 0 || !!circles.at(map.mouseEventToLayerPoint(event));
    map.getContainer().classList.toggle('lm-over-mark', over);
  }

  return {
    leafletLayer,
    /** Moves to `time` and returns a function listing the shown features; `changes` holds what this step changed, for the region counts. */
    update(time) {
      const changes = [];
      steps.moveTo(time, (index, before, after) => {
        changes.push({ feature: entries[index].feature, before, after });
        circles.change(index, before, after);
      });
      // The first step reports every shown feature: a counter must count in full then, not add to old counts.
      changes.full = !moved;
      moved = true;
      lastChanges = changes;
      drawSoon();
      // Built only when asked (tests, a full recount): a step need not walk every feature.
      return () => entries.filter((_, index) => steps.states[index] !== NONE).map((entry) => entry.feature);
    },
    get changes() { return lastChanges; },
    /** Shown features per state, kept as the day moves: `{none, possible, record}`. */
    counts: steps.counts,
    highlight(ids) {
      highlighted = new Set(ids.map((id) => byId.get(id)).filter((index) => index !== undefined));
      drawSoon();
    },
    positionOf: (featureId) => (byId.has(featureId) ? [entries[byId.get(featureId)].lat, entries[byId.get(featureId)].lon] : null),
    select(featureId) {
      selected = byId.has(featureId) ? byId.get(featureId) : -1;
      drawSoon();
    },
    /** For tests: the container point of a shown feature's mark, and how many marks are drawn per state. */
    markAt(featureId) {
      const index = byId.get(featureId);
      return index === undefined ? null : map.layerPointToContainerPoint(map.latLngToLayerPoint([entries[index].lat,
        entries[index].lon]).add(entries[index].offset));
    },
    drawn: () => ({ record: steps.counts[RECORD], possible: steps.counts[POSSIBLE] }),
    /** Whether crowded squares are drawn as circles now. */
    get clustered() { return circles.on; },
  };
}
