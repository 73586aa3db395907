// Permanent text labels at points (city and country names). Text is set as text, never as HTML.
// Limits: no collision handling; labels are hidden below `minZoom` when given.
import L from 'leaflet';

export function createLabelLayer(config, data, map) {
  const group = L.layerGroup();
  for (const feature of data.features) {
    const [lon, lat] = feature.geometry.coordinates;
    const element = document.createElement('span');
    element.className = `lm-label ${config.classProperty ? `lm-label-${feature.properties[config.classProperty] || ''}` : ''}`;
    element.textContent = feature.properties[config.textProperty] || '';
    if (config.rotateProperty && feature.properties[config.rotateProperty]) {
      element.style.transform = `translate(-50%, 2px) rotate(${Number(feature.properties[config.rotateProperty])}deg)`;
      element.style.transformOrigin = 'center top';
    }
    const icon = L.divIcon({ html: element, className: 'lm-label-anchor', iconSize: null });
    group.addLayer(L.marker([lat, lon], { icon, interactive: false, keyboard: false }));
  }
  const applyZoom = () => {
    const hidden = config.minZoom && map.getZoom() < config.minZoom;
    group.eachLayer((marker) => marker.getElement()?.classList.toggle('lm-hidden', !!hidden));
  };
  map.on('zoomend', applyZoom);
  return {
    leafletLayer: group,
    update: applyZoom,
    dispose: () => map.off('zoomend', applyZoom),
  };
}
