// One mark the person moves: by dragging it with the pointer, or, once it has the keyboard's focus, with the arrow
// keys (a step is 1/50 of the map's width in view; Shift for a tenth of that). Each move ends in one
// 'leaflet-mark-moved' event on the map's element with {lat, lon}. It may stand in for a feature of a layer
// ({layerId, featureId}), whose own mark then stays drawn but is no target, so two targets never lie on one spot. Limits: one such mark
// per map; its look is a pin (lm-draggable) the app's custom properties colour; its title is text, never markup.
import L from 'leaflet';

const STEPS = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] };
/** The mark's width and height in px (marker-layer.js keeps other marks clear of it). */
export const SIZE = 28;

export function createDraggableMark(map, host, standIn) {
  let marker = null;
  let title = '';

  function label() {
    const element = marker?.getElement();
    if (element) {
      element.setAttribute('aria-label', title);
      element.title = title;
    }
  }

  function fire(latLng) {
    host.dispatchEvent(new CustomEvent('leaflet-mark-moved', {
      detail: { lat: round(latLng.lat), lon: round(latLng.lng) },
      bubbles: true,
    }));
  }

  function onKey(event) {
    const step = STEPS[event.key];
    if (!step || !marker) {
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    const size = map.getSize();
    const pixels = (size.x / 50) * (event.shiftKey ? 0.1 : 1);
    const at = map.latLngToContainerPoint(marker.getLatLng()).add(L.point(step[0] * pixels, step[1] * pixels));
    const latLng = map.containerPointToLatLng(at);
    marker.setLatLng(latLng);
    map.panInside(latLng, { padding: [24, 24] });
    fire(latLng);
  }

  return {
    /** {lat, lon, title} places (or moves) the mark; null removes it. */
    set(value) {
      standIn(value?.layerId || null, value?.featureId || null);
      if (!value) {
        marker?.remove();
        marker = null;
        return;
      }
      const latLng = [value.lat, value.lon];
      if (!marker) {
        marker = L.marker(latLng, {
          draggable: true,
          keyboard: true,
          autoPan: true,
          zIndexOffset: 2000,
          icon: L.divIcon({
            className: 'lm-draggable',
            html: '<svg viewBox="0 0 28 28" aria-hidden="true" focusable="false"><circle cx="14" cy="14" r="10"/>'
              + '<path d="M14 1v8M14 19v8M1 14h8M19 14h8"/></svg>',
            iconSize: [SIZE, SIZE],
            iconAnchor: [SIZE / 2, SIZE / 2],
          }),
        });
        marker.on('dragend', () => fire(marker.getLatLng()));
        marker.on('add', () => {
          const element = marker.getElement();
          element.setAttribute('role', 'button');
          element.dataset.draggableMark = '';
          element.addEventListener('keydown', onKey);
          label();
        });
        marker.addTo(map);
      } else {
        marker.setLatLng(latLng);
      }
      title = value.title || '';
      label();
      // Before the map has its first view (it waits for a size), there is nothing to pan.
      if (map._loaded && !map.getBounds().pad(-0.05).contains(latLng)) {
        map.panTo(latLng);
      }
    },
  };
}

// Six decimals: about 10 cm, finer than any report places a strike.
function round(degrees) {
  return Math.round(degrees * 1e6) / 1e6;
}
