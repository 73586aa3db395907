// Point features drawn as shaped SVG marks: each feature's properties name its shape and whether it is faded, the
// day it shows from and the day it is on record from (the server decides all four; a shown mark not yet on record is
// drawn as the ghost of its shape), and marks that would overlap at the current zoom are spread apart (spiderfy.js) so
// none hides another. Limits: one DOM element each, so above CANVAS_THRESHOLD points the layer is
// canvas-marker-layer.js instead (which fans out marks sharing a spot, once for all zooms).
import L from 'leaflet';
import { symbolSvg } from './symbols.js';
import { leaderLines, spread } from './spiderfy.js';
import { featureStateAt, isWindow, NONE, POSSIBLE } from './time-filter.js';
import { CANVAS_THRESHOLD, createCanvasMarkerLayer } from './canvas-marker-layer.js';
import { SIZE as PIN_SIZE } from './draggable-mark.js';

export function createMarkerLayer(config, data, map, events) {
  if (data.features.length > CANVAS_THRESHOLD) {
    return createCanvasMarkerLayer(config, data, map, events);
  }
  const size = config.size;
  const group = L.layerGroup();
  const leaders = leaderLines(map);
  group.addLayer(leaders.layer);
  const markers = new Map();
  let selectedId = null;
  let standInId = null;
  let shownAt = null;
  // Which marks overlap depends on the zoom: spread them again after each.
  const onZoom = () => shownAt !== null && render(shownAt);
  map.on('zoomend', onZoom);

  for (const feature of data.features) {
    const id = String(feature.id ?? feature.properties.id);
    const [lon, lat] = feature.geometry.coordinates;
    const marker = L.marker([lat, lon], {
      keyboard: true,
      title: titleOf(feature, config),
      alt: titleOf(feature, config),
      riseOnHover: true,
    });
    marker.on('click', () => events.featureClick(config.id, id));
    // A mark is a button for the keyboard too: Enter or Space opens it (Leaflet's own keypress does not reach here).
    marker.on('add', () => marker.getElement()?.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        events.featureClick(config.id, id);
      }
    }));
    markers.set(id, { feature, marker, lat, lon });
  }

  function render(time) {
    shownAt = time;
    for (const entry of markers.values()) {
      entry.state = featureStateAt(entry.feature, config, time);
    }
    const visible = [...markers.values()].filter((m) => m.state !== NONE);
    const pinned = visible.find((entry) => String(entry.feature.id ?? entry.feature.properties.id) === standInId);
    const offsets = spread(visible, size, map, pinned || null, PIN_SIZE);
    leaders.draw(visible, offsets, size);
    for (const entry of markers.values()) {
      const shown = visible.includes(entry);
      if (!shown) {
        group.removeLayer(entry.marker);
        continue;
      }
      entry.marker.setIcon(iconFor(entry, offsets.get(entry) || [0, 0]));
      if (!group.hasLayer(entry.marker)) {
        group.addLayer(entry.marker);
      }
      decorate(entry, time);
    }
    return visible.map((entry) => entry.feature);
  }

  function iconFor(entry, [dx, dy]) {
    const symbol = symbolFor(entry.feature, config);
    const faded = isFaded(entry.feature, config);
    const id = String(entry.feature.id ?? entry.feature.properties.id);
    return L.divIcon({
      html: symbolSvg(symbol, size),
      className: `lm-mark lm-mark-${symbol}${faded ? ' lm-faded' : ''}${entry.state === POSSIBLE ? ' lm-possible' : ''}`
        + `${id === selectedId ? ' lm-selected' : ''}`,
      iconSize: [size, size],
      iconAnchor: [size / 2 - dx, size / 2 - dy],
    });
  }

  function decorate(entry, time) {
    const element = entry.marker.getElement();
    if (element) {
      targetable(element, String(entry.feature.id ?? entry.feature.properties.id) !== standInId);
      element.dataset.featureId = String(entry.feature.id ?? entry.feature.properties.id);
      element.dataset.layerId = config.id;
      element.dataset.state = entry.state;
      // A mark not yet on record must not read as one that is (the map's words say how).
      const words = events.words?.() || {};
      element.setAttribute('aria-label', titleOf(entry.feature, config)
        + (entry.state === POSSIBLE ? (isWindow(time) ? words.possibleInWindow : words.possible) || '' : ''));
    }
  }

  return {
    leafletLayer: group,
    update: (time) => render(time),
    reword: () => shownAt !== null && [...markers.values()].forEach((entry) => decorate(entry, shownAt)),
    dispose: () => map.off('zoomend', onZoom),
    highlight(ids) {
      const wanted = new Set(ids);
      for (const [id, entry] of markers) {
        entry.marker.getElement()?.classList.toggle('lm-highlighted', wanted.has(id));
      }
    },
    /**
     * While the map's draggable mark stands in for {@code featureId}, that feature's mark stays drawn on its true
     * spot (and highlighted when selected) but is no target: not clickable, not focusable, hidden from assistive
     * technology; marks near it are spread clear of the larger draggable mark.
     */
    standIn(featureId) {
      if (featureId === standInId) {
        return;
      }
      standInId = featureId;
      if (shownAt !== null) {
        render(shownAt);
      }
    },
    positionOf: (featureId) => (markers.has(featureId) ? [markers.get(featureId).lat, markers.get(featureId).lon] : null),
    select(featureId) {
      selectedId = featureId;
      for (const [id, entry] of markers) {
        const element = entry.marker.getElement();
        element?.classList.toggle('lm-selected', id === featureId);
        if (id === featureId) {
          entry.marker.setZIndexOffset(1000);
        } else {
          entry.marker.setZIndexOffset(0);
        }
      }
    },
  };
}

/** A mark one may click or focus (a button), or one another mark stands in for (no target at all). */
function targetable(element, target) {
  if (!element) {
    return;
  }
  element.classList.toggle('lm-stood-in', !target);
  if (target) {
    element.setAttribute('role', 'button');
    element.removeAttribute('aria-hidden');
    element.tabIndex = 0;
  } else {
    element.removeAttribute('role');
    element.setAttribute('aria-hidden', 'true');
    element.tabIndex = -1;
  }
}

function titleOf(feature, config) {
  return String((config.titleProperty && feature.properties[config.titleProperty]) || feature.id || '');
}

function symbolFor(feature, config) {
  return (config.symbolProperty && feature.properties[config.symbolProperty]) || config.symbol || 'dot';
}

function isFaded(feature, config) {
  return !!config.fadedProperty && feature.properties[config.fadedProperty] === true;
}
