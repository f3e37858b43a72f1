import { css } from 'lit';

/** What the inbox and the case share: tables, flags, tabs and definition lists. */
export const workspaceStyles = css`
  table {
    inline-size: 100%;
    border-collapse: collapse;
    margin-block-end: var(--_space);
  }
  caption {
    text-align: start;
    font-weight: 700;
    margin-block-end: 0.5rem;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem;
    border-block-end: 1px solid var(--_border);
  }
  .flag {
    display: inline-block;
    padding-inline: 0.4em;
    border-radius: var(--_radius);
    font-weight: 700;
    border: 2px solid currentColor;
  }
  .flag.overdue {
    color: var(--_error);
  }
  .flag.due-soon,
  .flag.priority {
    color: var(--_text);
    background: var(--_surface-alt);
  }
  .muted {
    color: var(--_muted);
  }
  .status {
    color: var(--_muted);
  }
  dl {
    display: grid;
    grid-template-columns: minmax(8rem, max-content) 1fr;
    gap: 0.25rem var(--_space);
    margin: 0 0 var(--_space);
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
`;
