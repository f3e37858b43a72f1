import { css } from 'lit';

export const statusStyles = css`
  .root {
    max-inline-size: var(--vr-status-max-inline-size, 40rem);
  }
  .secret-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: stretch;
  }
  .secret-row input {
    flex: 1 1 12rem;
    font-family: ui-monospace, monospace;
  }
  .masked {
    -webkit-text-security: disc;
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }
  .error-summary ul {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .error-summary li + li {
    margin-block-start: 0.75rem;
  }
  .error-summary a {
    color: var(--_error);
    font-weight: 700;
  }
  .summary {
    margin: 0 0 var(--_space);
  }
  .summary .row {
    display: grid;
    grid-template-columns: minmax(7rem, 12rem) 1fr;
    gap: 0.5rem;
    padding-block: 0.5rem;
    border-block-end: 1px solid #b1b4b6;
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .button.warning {
    background: var(--_error);
    border-color: var(--_error);
  }
  a {
    color: var(--_primary);
  }
  @media (max-width: 30rem) {
    .summary .row {
      grid-template-columns: 1fr;
    }
  }
`;
