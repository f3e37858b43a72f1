import { css, unsafeCSS } from 'lit';
import { leafletCss } from './generated/leaflet-css.js';

/** Leaflet's own CSS, from the package at build time: adopted into the shadow root, so a strict CSP holds. */
export const leafletStyles = unsafeCSS(leafletCss);

export const mapStyles = css`
  .map {
    block-size: var(--vr-map-height, 28rem);
    inline-size: 100%;
    border: 1px solid var(--_border);
    margin-block-end: var(--_space);
  }
  .leaflet-container {
    background: var(--vr-map-sea, #dce9f2);
    font: inherit;
  }
  .leaflet-container a {
    color: var(--_primary);
  }
  .leaflet-control-attribution {
    color: var(--_text);
  }
  .vr-marker,
  .vr-cluster {
    display: grid;
    place-items: center;
    border-radius: 50%;
    cursor: pointer;
  }
  .vr-marker {
    background: var(--_primary);
    border: 3px solid var(--_surface);
    box-shadow: 0 0 0 1px var(--_text);
  }
  .vr-approximate {
    background: transparent;
    border: 3px dashed var(--_primary);
    box-shadow: none;
  }
  .vr-cluster {
    background: var(--_surface);
    color: var(--_text);
    border: 3px solid var(--_primary);
    font-weight: 700;
  }
  .vr-marker:focus-visible,
  .vr-cluster:focus-visible {
    outline: 3px solid var(--_focus);
    box-shadow: 0 0 0 6px var(--_focus-text);
    z-index: 1000 !important;
  }
  .place {
    border: 1px solid var(--_border);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }
  .place .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
`;
