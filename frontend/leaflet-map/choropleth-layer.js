// Areas shaded by how many visible features of another (point) layer fall in each area, joined by a key: the colour
// counts those on record at the map's time; an area with none on record but some possible gets `scale.possible`
// (area-fill.js).
// Counts are recomputed in the browser whenever the map's time changes, so scrubbing needs no server.
// Limits: the join is by property equality, not by geometry; only features whose `counting.flagProperty` is true count;
// the tooltip templates know {name}, {count} and {possible}; `windowTooltips` (many, one, possible) word a from–to window.
import L from 'leaflet';
import { areaFill } from './area-fill.js';
import { escapeText } from './escape-text.js';
import { pathOptions } from './path-style.js';
import { featureStateAt, isWindow, NONE, RECORD } from './time-filter.js';

export function createChoroplethLayer(config, data, map, events) {
  const counts = new Map();
  const possible = new Map();
  let windowed = false;
  const base = pathOptions(config.style);
  // Below the first break with nothing possible, the area keeps its style's own fill (or none).
  const shading = { base: null, breaks: config.scale.breaks, colours: config.scale.colours, possible: config.scale.possible };
  const layer = L.geoJSON(data, {
    style: (feature) => styleFor(feature),
    onEachFeature: (feature, featureLayer) => {
      featureLayer.bindTooltip(() => tooltipText(feature), { sticky: true, className: 'lm-tooltip' });
      featureLayer.on('mouseover', () => featureLayer.setStyle({ weight: 2.5 }));
      featureLayer.on('mouseout', () => layer.resetStyle(featureLayer));
      featureLayer.on('click', () => events.featureClick(config.id, String(feature.properties[config.keyProperty])));
      featureLayer.on('add', () => {
        const element = featureLayer.getElement();
        element?.setAttribute('data-feature-id', keyOf(feature));
        // Areas answer the pointer; for the keyboard the page's own list and the marks carry the same facts, so the
        // shapes stay out of the Tab order instead of being dozens of unnamed stops before the first mark.
        element?.setAttribute('tabindex', '-1');
      });
    },
  });

  function keyOf(feature) {
    return String(feature.properties[config.keyProperty]);
  }

  function styleFor(feature) {
    const fill = areaFill(counts.get(keyOf(feature)) || 0, possible.get(keyOf(feature)) || 0, shading);
    return fill ? { ...base, fill: true, fillColor: fill, fillOpacity: 1 } : { ...base };
  }

  function tooltipText(feature) {
    const count = counts.get(keyOf(feature)) || 0;
    const words = windowed && config.windowTooltips ? config.windowTooltips : config.tooltips;
    const template = count === 1 ? words.one || words.many : words.many;
    const more = possible.get(keyOf(feature)) || 0;
    const text = template.replace('{name}', feature.properties[config.nameProperty] || '').replace('{count}', String(count))
      + (more && words.possible ? words.possible.replace('{possible}', String(more)) : '');
    return escapeText(text);
  }

  let countedBy = null;

  function applyChanges(changes) {
    const touched = new Set();
    for (const { feature, before, after } of changes) {
      if (config.counting.flagProperty && feature.properties[config.counting.flagProperty] !== true) {
        continue;
      }
      const key = String(feature.properties[config.counting.joinProperty]);
      for (const [state, step] of [[before, -1], [after, 1]]) {
        if (state !== NONE) {
          const tally = state === RECORD ? counts : possible;
          tally.set(key, (tally.get(key) || 0) + step);
        }
      }
      touched.add(key);
    }
    if (touched.size) {
      layer.eachLayer((featureLayer) => {
        const key = keyOf(featureLayer.feature);
        const style = touched.has(key) ? styleFor(featureLayer.feature) : null;
        // A region whose colour stays is not restyled: that would only cost the page a style recalculation.
        const now = featureLayer.options;
        if (style && (style.fill !== now.fill || style.fillColor !== now.fillColor || style.fillOpacity !== now.fillOpacity)) {
          featureLayer.setStyle(style);
        }
      });
    }
  }

  return {
    leafletLayer: layer,
    /**
     * Recounts from the features the counted layer (its config: `countedConfig`) shows at `time`. A counted layer
     * that reports what its last step changed (`counter.changes`, e.g. canvas-marker-layer.js) is followed by those
     * changes alone once counted in full, so a step costs what it changed, not the whole layer.
     */
    recount(visibleFeatures, countedConfig, time, counter) {
      // The tooltips read it when shown, so the incremental path needs it too.
      windowed = isWindow(time);
      const changes = counter?.changes;
      if (changes && !changes.full && counter === countedBy) {
        applyChanges(changes);
        return;
      }
      countedBy = changes ? counter : null;
      counts.clear();
      possible.clear();
      for (const feature of typeof visibleFeatures === 'function' ? visibleFeatures() : visibleFeatures) {
        if (config.counting.flagProperty && feature.properties[config.counting.flagProperty] !== true) {
          continue;
        }
        const key = String(feature.properties[config.counting.joinProperty]);
        const tally = featureStateAt(feature, countedConfig, time) === RECORD ? counts : possible;
        tally.set(key, (tally.get(key) || 0) + 1);
      }
      layer.setStyle(styleFor);
    },
    update() {},
  };
}
