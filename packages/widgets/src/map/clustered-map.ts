/**
 * The Leaflet map of `<vr-service-map>`: a base (the member's tile server, or the outline of
 * Europe shipped in the chunk — no third party is contacted unless the member configures one),
 * and the services' places clustered with Supercluster. Every marker and cluster is a focusable
 * button with an accessible name: Enter or Space opens a place, or zooms into a cluster and
 * moves focus to its first member.
 */
import {
  Control,
  DivIcon,
  LatLngBounds,
  LayerGroup,
  Map as LeafletMap,
  Marker,
  Polygon,
  TileLayer,
} from 'leaflet/dist/leaflet-src.esm.js';
import Supercluster from 'supercluster';
import { europeOutline } from './generated/europe-outline.js';
import type { MapPlace } from './placement.js';

export interface MapLabels {
  place(place: MapPlace): string;
  cluster(count: number): string;
  zoomIn: string;
  zoomOut: string;
  /** Credit for the shipped outline of Europe. */
  baseAttribution: string;
}

export interface ClusteredMapOptions {
  readonly container: HTMLElement;
  /** A tile URL template such as `https://tiles.example.org/{z}/{x}/{y}.png`; none: the shipped outline. */
  readonly tileUrl?: string;
  /** Credit for the tiles, shown as text. */
  readonly tileAttribution?: string;
  readonly labels: MapLabels;
  /** The user opened a place (by pointer, Enter or Space). */
  readonly onOpen: (place: MapPlace) => void;
}

type PlaceProperties = { place: number };

const europe = new LatLngBounds([35, -11], [70, 35]);
/** Places within this many pixels of each other join a cluster. */
const clusterRadius = 80;
const maxZoom = 17;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

export class ClusteredMap {
  private readonly map: LeafletMap;
  private readonly markers = new LayerGroup();
  private readonly markerElements = new Map<string, HTMLElement>();
  private readonly options: ClusteredMapOptions;
  private index = new Supercluster<PlaceProperties>({ radius: clusterRadius, maxZoom });
  private places: readonly MapPlace[] = [];
  /** The marker to focus once the map has moved (after zooming into a cluster). */
  private focusAfterMove: string | undefined;

  constructor(options: ClusteredMapOptions) {
    this.options = options;
    const { container, labels, tileUrl, tileAttribution } = options;
    this.map = new LeafletMap(container, {
      zoomControl: false,
      attributionControl: false,
      minZoom: 2,
      maxZoom,
      zoomSnap: 1,
    });
    new Control.Zoom({ zoomInTitle: labels.zoomIn, zoomOutTitle: labels.zoomOut }).addTo(this.map);
    const attribution = new Control.Attribution({ prefix: false }).addTo(this.map);
    if (tileUrl) {
      new TileLayer(tileUrl, { maxZoom, attribution: escapeHtml(tileAttribution ?? '') }).addTo(this.map);
    } else {
      const rings = europeOutline.map((ring) => {
        const points: [number, number][] = [];
        for (let i = 0; i < ring.length; i += 2) points.push([ring[i + 1] as number, ring[i] as number]);
        return points;
      });
      new Polygon(rings, {
        interactive: false,
        className: 'base-land',
        color: '#7a8a7f',
        weight: 1,
        fillColor: '#f4f3ee',
        fillOpacity: 1,
      }).addTo(this.map);
      attribution.addAttribution(escapeHtml(labels.baseAttribution));
    }
    this.markers.addTo(this.map);
    this.map.fitBounds(europe);
    this.map.on('moveend', () => this.draw());
  }

  /** Shows these places, and fits the view to them. */
  setPlaces(places: readonly MapPlace[]): void {
    this.places = places;
    this.index = new Supercluster<PlaceProperties>({ radius: clusterRadius, maxZoom });
    this.index.load(
      places.map((place, i) => ({
        type: 'Feature',
        properties: { place: i },
        geometry: { type: 'Point', coordinates: [place.longitude, place.latitude] },
      })),
    );
    const bounds = places.length ? new LatLngBounds(places.map((place) => [place.latitude, place.longitude])) : europe;
    this.map.fitBounds(bounds, { maxZoom: 12, padding: [24, 24], animate: false });
    this.draw();
  }

  /** The marker of `place`, when it stands alone on the map as it is now. */
  markerOf(place: MapPlace): HTMLElement | undefined {
    return this.markerElements.get(`p${this.places.indexOf(place)}`);
  }

  /** Leaflet measures its container; call after the container's size changed. */
  resize(): void {
    this.map.invalidateSize();
  }

  remove(): void {
    this.map.remove();
  }

  private draw(): void {
    const bounds = this.map.getBounds();
    const zoom = Math.round(this.map.getZoom());
    const features = this.index.getClusters(
      [
        Math.max(bounds.getWest(), -180),
        Math.max(bounds.getSouth(), -90),
        Math.min(bounds.getEast(), 180),
        Math.min(bounds.getNorth(), 90),
      ],
      zoom,
    );
    this.markers.clearLayers();
    this.markerElements.clear();
    for (const feature of features) {
      const [longitude, latitude] = feature.geometry.coordinates as [number, number];
      const properties = feature.properties;
      if ('cluster' in properties && properties.cluster) {
        const id = properties.cluster_id;
        this.addMarker(`c${id}`, latitude, longitude, {
          className: 'vr-cluster',
          text: String(properties.point_count),
          name: this.options.labels.cluster(properties.point_count),
          open: () => this.zoomInto(id, latitude, longitude),
        });
      } else {
        const index = (properties as PlaceProperties).place;
        const place = this.places[index] as MapPlace;
        this.addMarker(`p${index}`, latitude, longitude, {
          className: place.approximate ? 'vr-marker vr-approximate' : 'vr-marker',
          text: '',
          name: this.options.labels.place(place),
          open: () => this.options.onOpen(place),
        });
      }
    }
    const focusKey = this.focusAfterMove;
    this.focusAfterMove = undefined;
    if (focusKey) this.markerElements.get(focusKey)?.focus();
  }

  private addMarker(
    key: string,
    latitude: number,
    longitude: number,
    look: { className: string; text: string; name: string; open: () => void },
  ): void {
    const face = document.createElement('span');
    face.className = 'vr-marker-face';
    face.textContent = look.text;
    const size = look.className === 'vr-cluster' ? 34 : 26;
    const marker = new Marker([latitude, longitude], {
      icon: new DivIcon({ html: face, className: look.className, iconSize: [size, size] }),
      keyboard: true,
      title: look.name,
    });
    marker.on('click', look.open);
    this.markers.addLayer(marker);
    const element = marker.getElement();
    if (!element) return;
    element.setAttribute('aria-label', look.name);
    element.dataset.key = key;
    element.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      look.open();
    });
    this.markerElements.set(key, element);
  }

  /** Zooms to where the cluster splits, then focuses its first member. */
  private zoomInto(clusterId: number, latitude: number, longitude: number): void {
    const first = this.index.getChildren(clusterId)[0];
    if (first) {
      const properties = first.properties;
      this.focusAfterMove =
        'cluster' in properties && properties.cluster
          ? `c${properties.cluster_id}`
          : `p${(properties as PlaceProperties).place}`;
    }
    const zoom = Math.min(this.index.getClusterExpansionZoom(clusterId), maxZoom);
    this.map.setView([latitude, longitude], zoom, { animate: false });
  }
}
