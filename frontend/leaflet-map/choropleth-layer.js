// Areas shaded by how many visible features of another (point) layer fall in each area, joined by a key: the colour
// counts those on record at the map's time; an area with none on record but some possible gets `possibleColour`.
// Counts are recomputed in the browser whenever the map's time changes, so scrubbing needs no server.
// Limits: the join is by property equality, not by geometry; only features whose `countedProperty` is true count;
// the tooltip templates know {name}, {count} and {possible}; `windowTooltips` (many, one, possible) word a from–to window.
import L from 'leaflet';
import { escapeText } from './escape-text.js';
import { pathOptions } from './path-style.js';
import { featureStateAt, isWindow, RECORD } from './time-filter.js';

export function createChoroplethLayer(config, data, map, events) {
  const counts = new Map();
  const possible = new Map();
  let windowed = false;
  const base = pathOptions(config.style);
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
        // Areas answer the pointer; for the keyboard the strike list and the marks carry the same facts, so the
        // shapes stay out of the Tab order instead of being dozens of unnamed stops before the first mark.
        element?.setAttribute('tabindex', '-1');
      });
    },
  });

  function keyOf(feature) {
    return String(feature.properties[config.keyProperty]);
  }

  function styleFor(feature) {
    const count = counts.get(keyOf(feature)) || 0;
    let fill = null;
    config.breaks.forEach((threshold, index) => {
      if (count >= threshold) {
        fill = config.colours[index];
      }
    });
    if (!fill && possible.get(keyOf(feature)) && config.possibleColour) {
      fill = config.possibleColour;
    }
    return fill ? { ...base, fill: true, fillColor: fill, fillOpacity: 1 } : { ...base };
  }

  function tooltipText(feature) {
    const count = counts.get(keyOf(feature)) || 0;
    const words = windowed && config.windowTooltips ? config.windowTooltips
      : { many: config.tooltip, one: config.tooltipOne, possible: config.tooltipPossible };
    const template = count === 1 ? words.one || words.many : words.many;
    const more = possible.get(keyOf(feature)) || 0;
    const text = template.replace('{name}', feature.properties[config.nameProperty] || '').replace('{count}', String(count))
      + (more && words.possible ? words.possible.replace('{possible}', String(more)) : '');
    return escapeText(text);
  }

  return {
    leafletLayer: layer,
    /** Recounts from the features the counted layer (its config: `countedConfig`) shows at `time`. */
    recount(visibleFeatures, countedConfig, time) {
      counts.clear();
      possible.clear();
      windowed = isWindow(time);
      for (const feature of visibleFeatures) {
        if (config.countedProperty && feature.properties[config.countedProperty] !== true) {
          continue;
        }
        const key = String(feature.properties[config.countedJoinProperty]);
        const tally = featureStateAt(feature, countedConfig, time) === RECORD ? counts : possible;
        tally.set(key, (tally.get(key) || 0) + 1);
      }
      layer.setStyle(styleFor);
    },
    update() {},
  };
}
