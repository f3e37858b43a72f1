import { css } from 'lit';

export const formStyles = css`
  :host {
    --_form-max: var(--vr-form-max-inline-size, 48rem);
  }
  .root {
    max-inline-size: var(--_form-max);
  }
  .step-of {
    display: block;
    color: var(--_muted);
    margin-block-end: 0.25rem;
  }
  .error-summary {
    border: 5px solid var(--_error);
    padding: var(--_space);
    margin-block-end: calc(var(--_space) * 1.5);
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
  .reveal {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: 1rem;
    margin-inline-start: 0.7rem;
    margin-block: 0.5rem 1rem;
  }
  .panel {
    padding: calc(var(--_space) * 1.5);
    background: var(--_success);
    color: var(--vr-color-on-success, #ffffff);
    text-align: center;
    margin-block-end: var(--_space);
  }
  .reference {
    display: block;
    font-size: 1.6em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .summary {
    margin: 0 0 calc(var(--_space) * 1.5);
  }
  .credential {
    font-family: ui-monospace, monospace;
    font-size: 1.25em;
    font-weight: 700;
    letter-spacing: 0.05em;
  }
  .summary .row {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    gap: 0.5rem;
    padding-block: 0.5rem;
    border-block-end: 1px solid #b1b4b6;
  }
  .summary dt {
    font-weight: 700;
  }
  .summary dd {
    margin: 0;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }
  .review-section {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 1rem;
  }
  .consent-list {
    margin-block: 0 1rem;
  }
  a,
  .link {
    color: var(--_primary);
  }
  @media (max-width: 30rem) {
    .summary .row {
      grid-template-columns: 1fr;
    }
  }
`;
