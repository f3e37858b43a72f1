import { css } from 'lit';
import { workspaceStyles } from '../shared/workspace.styles.js';

const inboxOwn = css`
  .tabs {
    display: flex;
    gap: 0.25rem;
    border-block-end: 2px solid var(--_border);
    margin-block-end: var(--_space);
  }
  .tab {
    border: 2px solid transparent;
    border-block-end: none;
    background: var(--_surface-alt);
    padding: 0.5rem 1rem;
    cursor: pointer;
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }
  .tab[aria-selected='true'] {
    background: var(--_surface);
    border-color: var(--_border);
    font-weight: 700;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem var(--_space);
    border: none;
    padding: 0;
    margin-block-end: var(--_space);
  }
  .filters .field {
    margin: 0;
  }
  .filters label {
    display: block;
    font-weight: 700;
  }
  .table-scroll {
    overflow-x: auto;
  }
  .open[aria-current='true'] {
    font-weight: 700;
  }
`;

export const inboxStyles = [workspaceStyles, inboxOwn];
