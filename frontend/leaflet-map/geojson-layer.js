// A styled, optionally hoverable GeoJSON layer for outlines and areas (countries, launch areas, rings).
// Limits: one style for all features; tooltips are plain text from one property.
import L from 'leaflet';
import { escapeText } from './escape-text.js';
import { pathOptions } from './path-style.js';

export function createGeoJsonLayer(config, data) {
  const layer = L.geoJSON(data, {
    style: () => pathOptions(config.style),
    interactive: !!config.tooltipProperty,
    onEachFeature: (feature, featureLayer) => {
      const text = config.tooltipProperty && feature.properties ? feature.properties[config.tooltipProperty] : null;
      if (text) {
        featureLayer.bindTooltip(escapeText(text), { sticky: true, className: 'lm-tooltip' });
      }
      // Outlines are context for the pointer, not stops for the keyboard.
      featureLayer.on('add', () => featureLayer.getElement()?.setAttribute('tabindex', '-1'));
    },
  });
  return { leafletLayer: layer, update() {} };
}
