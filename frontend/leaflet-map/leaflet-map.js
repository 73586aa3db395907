// <leaflet-map>: a Leaflet 1.9 map driven by properties, so a server-side component can set it at any time,
// even before this module has loaded. Layers arrive as small configs naming a GeoJSON URL, fetched once per page;
// the map's `time` filters time-aware layers in the browser. A layer's data may instead be given inline
// (`layerData`, keyed by the layer's url), a click on the map is told as 'leaflet-map-click' with {lat, lon}, and one
// mark may be moved by the person (`draggableMark`, draggable-mark.js). Limits: light DOM only (Leaflet's CSS is
// global); no tiles unless a tile layer is configured.
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import './leaflet-map.css';
import { createGeoJsonLayer } from './geojson-layer.js';
import { createChoroplethLayer } from './choropleth-layer.js';
import { createMarkerLayer } from './marker-layer.js';
import { createLabelLayer } from './label-layer.js';
import { createDraggableMark } from './draggable-mark.js';
import { declutter } from './declutter.js';
import { escapeText } from './escape-text.js';
import { boundsRect, coveredPadding, coveringBoxes } from './map-cover.js';
import { layerData } from './layer-data.js';
import { upgradeProperties } from './upgrade-properties.js';
import { guardWheel } from './wheel-guard.js';

const FACTORIES = {
  geojson: createGeoJsonLayer,
  choropleth: createChoroplethLayer,
  marker: createMarkerLayer,
  label: createLabelLayer,
};

const PROPERTIES = ['layers', 'bounds', 'tiles', 'time', 'selected', 'hiddenLayers', 'attribution', 'padding', 'wheelHint',
  'coveredBy', 'words', 'layerData', 'draggableMark'];

class LeafletMap extends HTMLElement {
  constructor() {
    super();
    this._layers = new Map();
    this._state = {};
  }

  connectedCallback() {
    upgradeProperties(this, PROPERTIES);
    if (!this._map) {
      this._container = document.createElement('div');
      this._container.className = 'lm-container';
      this.appendChild(this._container);
      this._map = L.map(this._container, {
        zoomSnap: 0.25,
        zoomDelta: 0.5,
        minZoom: 4,
        maxZoom: 12,
        attributionControl: true,
        zoomControl: false,
        worldCopyJump: false,
      });
      this._addZoom();
      this._map.attributionControl.setPrefix(false);
      this._map.attributionControl.addAttribution(escapeText(this._state.attribution));
      this._resizeObserver = new ResizeObserver(() => this._onResize());
      this._guardWheel();
      // Until the reader moves the map, every resize re-fits the bounds (layout settles in several steps). Heard on
      // the way down, as the zoom buttons stop their presses from reaching the map: a re-fit must not undo a zoom.
      for (const type of ['mousedown', 'touchstart', 'wheel', 'keydown']) {
        this._container.addEventListener(type, () => { this._userMoved = true; }, { passive: true, capture: true });
      }
      // Labels are placed anew, and the page told, whenever what is in view changes.
      this._map.on('click', (event) => this.dispatchEvent(new CustomEvent('leaflet-map-click', {
        detail: { lat: event.latlng.lat, lon: event.latlng.lng },
        bubbles: true,
      })));
      this._draggable = createDraggableMark(this._map, this, (layerId, featureId) => {
        this._standIn = layerId ? { layerId, featureId } : null;
        this._applyStandIn();
      });
      this._map.on('moveend zoomend resize', () => {
        this._scheduleDeclutter();
        this.dispatchEvent(new CustomEvent('leaflet-view', { bubbles: true }));
      });
    }
    // Flow may detach and re-attach the element; observe again on every attach.
    this._resizeObserver.observe(this._container);
    // Tiles set before the map existed are added now.
    this._syncTiles();
    this._draggable.set(this._state.draggableMark);
  }

  disconnectedCallback() {
    this._resizeObserver?.disconnect();
  }

  // fitBounds on a zero-sized element yields NaN centres; wait until the element has a real size.
  _onResize() {
    if (this._container.clientWidth === 0 || this._container.clientHeight === 0) {
      return;
    }
    this._map.invalidateSize({ pan: false });
    if (!this._sized) {
      this._sized = true;
      this._fit();
      this._syncLayers();
    } else if (!this._userMoved) {
      this._fit();
    }
  }

  _fit() {
    const b = this._state.bounds;
    if (this._sized && b) {
      let p = this._state.padding || { top: 8, right: 8, bottom: 8, left: 8 };
      if (p.left + p.right > this._container.clientWidth - 160) {
        // Too narrow to keep a panel's width free: the panel sits below instead (see the page's CSS).
        p = { ...p, left: 8, right: 8 };
      }
      if (p.top + p.bottom > this._container.clientHeight - 160) {
        // Too short to keep it free (a sheet taller than the map): fit the whole map instead of zooming into a sliver.
        p = { ...p, top: 8, bottom: 8 };
      }
      this._map.fitBounds([[b.south, b.west], [b.north, b.east]], {
        paddingTopLeft: [p.left, p.top],
        paddingBottomRight: [p.right, p.bottom],
      });
    }
  }

  /** Array of layer configs: {type, id, url, ...}, drawn in array order. */
  get layers() { return this._state.layers; }
  set layers(configs) { this._state.layers = configs || []; this._syncLayers(); }

  /**
   * GeoJSON FeatureCollections given inline, by the url of the layers that draw them: such a layer is not fetched,
   * and is drawn anew whenever its data is given again (an app's working copy that changes under the person's hands).
   */
  get layerData() { return this._state.layerData || {}; }
  set layerData(value) {
    const previous = this._state.layerData || {};
    this._state.layerData = value || {};
    for (const entry of this._layers.values()) {
      if (previous[entry.config.url] !== this._state.layerData[entry.config.url]) {
        entry.text = null;
      }
    }
    this._syncLayers();
  }

  /**
   * {lat, lon, title, layerId?, featureId?} of the one mark the person may drag (or move with the arrow keys), or null
   * for none; with a layer and feature, it stands in for that feature, whose own mark is no target meanwhile.
   */
  get draggableMark() { return this._state.draggableMark || null; }
  set draggableMark(value) {
    this._state.draggableMark = value || null;
    this._draggable?.set(this._state.draggableMark);
  }

  /** {south, west, north, east} in degrees. */
  get bounds() { return this._state.bounds; }
  set bounds(value) { this._state.bounds = value || null; this._fit(); }

  /** {top, right, bottom, left} pixels kept free of the fitted bounds, e.g. under a panel over part of the map. */
  get padding() { return this._state.padding; }
  set padding(value) {
    this._state.padding = value || null;
    if (!this._userMoved) {
      this._fit();
    }
    this._keepSelectionInView();
  }

  /**
   * When set, the wheel scrolls the page, not the map, until the reader clicks or focuses the map (a map framed in
   * an article must not trap the scroll); a wheel over the map meanwhile shows this text for a moment.
   */
  get wheelHint() { return this._state.wheelHint || ''; }
  set wheelHint(text) { this._state.wheelHint = text || ''; this._guardWheel(); }

  _guardWheel() {
    if (this._map) {
      guardWheel(this, this._map, this._container);
    }
  }

  /**
   * CSS selector of page elements that may lie over the map (a bottom sheet, a key): the selected feature is kept
   * clear of them and labels avoid them.
   */
  get coveredBy() { return this._state.coveredBy || ''; }
  set coveredBy(selector) { this._state.coveredBy = selector || ''; this._scheduleDeclutter(); }

  /** The fitted bounds' box on screen (viewport pixels, clipped to the map), or null before the map has a size. */
  contentRect() {
    return this._sized && this._state.bounds ? boundsRect(this._map, this._container, this._state.bounds) : null;
  }

  _scheduleDeclutter() {
    if (this._declutterFrame || !this._sized) {
      return;
    }
    this._declutterFrame = requestAnimationFrame(() => {
      this._declutterFrame = null;
      this._declutter();
    });
  }

  // One placement pass for the labels of all layers, against the marks, the controls and what covers the map. Not
  // while a zoom animates: the marks are then halfway there and are spread anew at its end, whose zoomend asks again.
  _declutter() {
    if (this._map._animatingZoom) {
      return;
    }
    const labels = [...this._layers.values()].flatMap((entry) => entry.handle.labels?.() || []);
    if (!labels.length) {
      return;
    }
    const frame = this._container.getBoundingClientRect();
    const obstacles = coveringBoxes(this._container, this.coveredBy);
    declutter(this._map, labels, obstacles, { w: frame.width, h: frame.height });
  }

  /**
   * The words the map says itself, in the page's language: {zoomIn, zoomOut} (the zoom buttons' titles) and
   * {possible, possibleInWindow} (added to the accessible name of a mark only possible at the map's time).
   */
  get words() { return this._state.words || {}; }
  set words(value) {
    this._state.words = value || {};
    this._addZoom();
    for (const entry of this._layers.values()) {
      entry.handle.reword?.();
    }
  }

  // Leaflet's own zoom control, titled with the map's words (added again when they change).
  _addZoom() {
    if (this._map) {
      this._zoom?.remove();
      this._zoom = L.control.zoom({ zoomInTitle: this.words.zoomIn || '', zoomOutTitle: this.words.zoomOut || '' })
        .addTo(this._map);
    }
  }

  /** {urlTemplate, attribution} of raster tiles under the vector layers, or null. */
  get tiles() { return this._state.tiles; }
  set tiles(value) { this._state.tiles = value || null; this._syncTiles(); }

  get attribution() { return this._state.attribution; }
  set attribution(text) {
    if (this._map && this._state.attribution) {
      this._map.attributionControl.removeAttribution(escapeText(this._state.attribution));
    }
    this._state.attribution = text;
    this._map?.attributionControl.addAttribution(escapeText(text));
  }

  get time() { return this._state.time || ''; }
  set time(value) {
    if (value === this._state.time) {
      return;
    }
    this._state.time = value || '';
    this._applyTime();
  }

  get selected() { return this._state.selected || ''; }
  set selected(value) { this._state.selected = value || ''; this._applySelection(); }

  /** Ids of point features to highlight in every layer that has them (e.g. what a chart beside the map points at). */
  get highlighted() { return this._state.highlighted || []; }
  set highlighted(ids) {
    this._state.highlighted = ids || [];
    for (const entry of this._layers.values()) {
      entry.handle.highlight?.(this._state.highlighted);
    }
  }

  get hiddenLayers() { return this._state.hiddenLayers || ''; }
  set hiddenLayers(value) { this._state.hiddenLayers = value || ''; this._applyVisibility(); }

  /** Ids of the point features shown at the current time, per layer; for tests and the page itself. */
  visibleFeatureIds(layerId) {
    return this._visibleOf(layerId).map((f) => String(f.id ?? f.properties.id));
  }

  /** True while a layer draws crowded marks as numbered circles ('leaflet-clusters' tells when this changes). */
  get clustered() { return [...(this._layers?.values() || [])].some((entry) => entry.handle.clustered); }

  // A layer may answer its shown features as a function (a canvas layer of many points builds the list only if asked).
  _visibleOf(layerId) {
    const visible = this._visible?.get(layerId) || [];
    return typeof visible === 'function' ? visible() : visible;
  }

  _syncLayers() {
    if (!this._sized || !this._state.layers) {
      return;
    }
    const configs = this._state.layers;
    const generation = (this._generation || 0) + 1;
    this._generation = generation;
    const inline = this.layerData;
    Promise.all(configs.map((config) => inline[config.url] || layerData(config.url))).then((data) => {
      if (generation === this._generation) {
        this._buildLayers(configs, data);
      }
    }, (error) => console.error('leaflet-map: a layer could not be loaded', error));
  }

  _buildLayers(configs, data) {
    const wanted = new Set(configs.map((c) => c.id));
    for (const [id, entry] of this._layers) {
      if (!wanted.has(id)) {
        this._removeLayer(id, entry);
      }
    }
    configs.forEach((config, index) => {
      const text = JSON.stringify(config);
      const existing = this._layers.get(config.id);
      if (existing && existing.text === text) {
        return;
      }
      if (existing) {
        this._removeLayer(config.id, existing);
      }
      const handle = FACTORIES[config.type](config, data[index], this._map, {
        featureClick: (layerId, featureId) => this._fireClick(layerId, featureId),
        words: () => this.words,
        clustersChanged: () => this.dispatchEvent(new CustomEvent('leaflet-clusters', { bubbles: true })),
      });
      this._layers.set(config.id, { text, config, handle });
    });
    // Map insertion order is stacking order: rebuild it in config order.
    const ordered = configs.map((c) => [c.id, this._layers.get(c.id)]);
    this._layers = new Map(ordered);
    this._applyVisibility();
    this._applyTime();
    this._applySelection();
    this._applyStandIn();
  }

  // The feature the draggable mark stands in for is hidden in its layer (draggable-mark.js).
  _applyStandIn() {
    for (const [id, entry] of this._layers) {
      entry.handle.standIn?.(this._standIn && this._standIn.layerId === id ? this._standIn.featureId : null);
    }
  }

  _removeLayer(id, entry) {
    entry.handle.leafletLayer.remove();
    entry.handle.dispose?.();
    this._layers.delete(id);
  }

  _applyVisibility() {
    if (!this._map) {
      return;
    }
    const hidden = new Set(this.hiddenLayers.split(',').filter(Boolean));
    // Re-adding in config order keeps the stacking order the server asked for.
    for (const [id, entry] of this._layers) {
      const layer = entry.handle.leafletLayer;
      if (hidden.has(id)) {
        layer.remove();
      } else if (!this._map.hasLayer(layer)) {
        layer.addTo(this._map);
      }
    }
    this._restack();
    // A layer shown or hidden brings or takes away marks and labels: place the labels again.
    this._scheduleDeclutter();
  }

  _restack() {
    for (const entry of this._layers.values()) {
      if (this._map.hasLayer(entry.handle.leafletLayer) && entry.handle.leafletLayer.bringToFront) {
        entry.handle.leafletLayer.bringToFront();
      }
    }
  }

  _applyTime() {
    if (!this._sized) {
      return;
    }
    this._visible = new Map();
    for (const [id, entry] of this._layers) {
      const visible = entry.handle.update(this.time);
      if (Array.isArray(visible) || typeof visible === 'function') {
        this._visible.set(id, visible);
      }
    }
    for (const entry of this._layers.values()) {
      if (entry.handle.recount) {
        const counted = this._layers.get(entry.config.counting?.layer);
        const countedLayer = entry.config.counting?.layer;
        entry.handle.recount(counted?.handle.changes ? () => this._visibleOf(countedLayer) : this._visibleOf(countedLayer),
          counted?.config || {}, this.time, counted?.handle);
      }
    }
    this._scheduleDeclutter();
  }

  _applySelection() {
    const [layerId, featureId] = (this.selected || '/').split('/');
    for (const [id, entry] of this._layers) {
      entry.handle.select?.(id === layerId ? featureId : null);
    }
    this._keepSelectionInView();
    this._scheduleDeclutter();
  }

  // The selected feature stays in the part of the map that no panel or covering element hides; measured once the
  // update that selected it (which may also open a sheet over the map) has been laid out.
  _keepSelectionInView() {
    cancelAnimationFrame(this._coverWait);
    this._coverWait = requestAnimationFrame(() => this._panSelectionClear());
  }

  _panSelectionClear() {
    const [layerId, featureId] = (this.selected || '/').split('/');
    const position = this._sized && this._layers.get(layerId)?.handle.positionOf?.(featureId);
    if (position) {
      const p = coveredPadding(this._container, this.coveredBy,
        this._state.padding || { top: 0, right: 0, bottom: 0, left: 0 });
      this._map.panInside(position, { paddingTopLeft: [p.left + 24, p.top + 24], paddingBottomRight: [p.right + 24, p.bottom + 24] });
    }
  }

  _syncTiles() {
    this._tileLayer?.remove();
    this._tileLayer = null;
    if (this._map && this._state.tiles) {
      const tiles = this._state.tiles;
      this._tileLayer = L.tileLayer(tiles.urlTemplate, { attribution: escapeText(tiles.attribution), maxZoom: 18 }).addTo(this._map);
      this._tileLayer.bringToBack();
    }
  }

  _fireClick(layerId, featureId) {
    this.dispatchEvent(new CustomEvent('leaflet-feature-click', { detail: { layerId, featureId }, bubbles: true }));
  }
}

customElements.define('leaflet-map', LeafletMap);
