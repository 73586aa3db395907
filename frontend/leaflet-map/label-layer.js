// Permanent text labels at points (city and country names, a ring's label). Text is set as text, never as HTML.
// Where each label goes is decided for all label layers together (declutter.js, run by the map after each zoom,
// move or day change); this layer offers its labels with their rank and the places they may take.
// Limits: labels are hidden below `minZoom` when given.
import L from 'leaflet';

export function createLabelLayer(config, data, map) {
  const group = L.layerGroup();
  const labels = [];
  data.features.forEach((feature, order) => {
    const [lon, lat] = feature.geometry.coordinates;
    const p = feature.properties;
    const element = document.createElement('span');
    element.className = `lm-label ${config.classProperty ? `lm-label-${p[config.classProperty] || ''}` : ''}`;
    element.textContent = p[config.textProperty] || '';
    // Placed by transform alone (declutter.js), from the point itself.
    element.style.left = '0';
    element.style.top = '0';
    const angle = config.rotateProperty && p[config.rotateProperty] ? Number(p[config.rotateProperty]) : null;
    const extra = (config.anchorsProperty && Array.isArray(p[config.anchorsProperty])) ? p[config.anchorsProperty] : [];
    const anchors = extra.length ? extra.map(([x, y, a]) => ({ lat: y, lon: x, angle: a ?? angle }))
      : [{ lat, lon, angle }];
    const icon = L.divIcon({ html: element, className: 'lm-label-anchor', iconSize: null });
    const marker = L.marker([lat, lon], { icon, interactive: false, keyboard: false });
    group.addLayer(marker);
    labels.push({
      element,
      marker,
      rank: Number(config.rankProperty ? p[config.rankProperty] ?? 9 : 9),
      order,
      centred: !!config.centred,
      anchors,
      /** Puts the label at anchor `index`, its box's top left `dx, dy` px from the point (or along its angle). */
      place(index, dx, dy) {
        const anchor = anchors[index];
        marker.setLatLng([anchor.lat, anchor.lon]);
        element.style.transformOrigin = anchor.angle === null ? '' : 'center top';
        element.style.transform = anchor.angle === null ? `translate(${dx}px, ${dy}px)`
          : `translate(-50%, ${dy}px) rotate(${anchor.angle}deg)`;
        element.classList.remove('lm-collides');
      },
      drop() { element.classList.add('lm-collides'); },
    });
  });
  const applyZoom = () => {
    const hidden = config.minZoom && map.getZoom() < config.minZoom;
    group.eachLayer((marker) => marker.getElement()?.classList.toggle('lm-hidden', !!hidden));
  };
  map.on('zoomend', applyZoom);
  return {
    leafletLayer: group,
    update: applyZoom,
    /** The labels drawn now, for the map's placement pass. */
    labels: () => (map.hasLayer(group) ? labels.filter((l) => l.marker.getElement()
      && !l.marker.getElement().classList.contains('lm-hidden')) : []),
    dispose: () => map.off('zoomend', applyZoom),
  };
}
