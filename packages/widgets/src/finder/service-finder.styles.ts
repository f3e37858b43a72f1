import { css } from 'lit';

export const finderStyles = css`
  :host {
    --_card-background: var(--vr-finder-card-background, var(--_surface));
    --_card-border: var(--vr-finder-card-border-color, #b1b4b6);
    --_gap: var(--vr-finder-gap, var(--_space));
  }
  form {
    display: grid;
    gap: var(--_gap);
    margin-block-end: var(--_gap);
  }
  .search-row {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem;
  }
  .search-row .field {
    flex: 1 1 16rem;
    margin: 0;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
    gap: 0.75rem var(--_gap);
    align-items: end;
  }
  .filters .field,
  .filters .choice {
    margin: 0;
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .card,
  .detail {
    background: var(--_card-background);
    border: 1px solid var(--_card-border);
    border-inline-start: 5px solid var(--_primary);
    padding: var(--_gap);
  }
  .card h3,
  .detail h3 {
    margin-block-end: 0.5rem;
  }
  dl {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(8rem, 12rem) 1fr;
    gap: 0.5rem;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .contact,
  .locations {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .badges:empty {
    display: none;
  }
  .badge {
    display: inline-block;
    padding: 0.1rem 0.5rem;
    background: var(--_surface-alt);
    border: 1px solid var(--_border);
    font-size: 0.9em;
  }
  .badge.paused {
    border: 2px solid var(--_text);
    font-weight: 700;
  }
  .paused-reason {
    flex-basis: 100%;
    margin: 0;
  }
  .filters input.age {
    max-inline-size: 6rem;
  }
  .near-me {
    margin-block-end: var(--_gap);
  }
  .near-me-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.25rem;
  }
  .near-me-status:empty {
    margin: 0;
  }
  .back {
    margin-block-end: 0.75rem;
  }
  .description {
    white-space: pre-line;
  }
  a {
    color: var(--_primary);
  }
  @media (max-width: 30rem) {
    .row {
      grid-template-columns: 1fr;
    }
  }
`;
