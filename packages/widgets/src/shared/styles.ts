import { css, unsafeCSS } from 'lit';
import { visuallyHiddenCss } from './visually-hidden.js';

/**
 * Styles every widget shares: the design tokens (`--vr-*`), form controls, buttons, focus and
 * layout helpers. Only logical properties (`inline`/`block`), so `dir="rtl"` mirrors the layout.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--vr-color-primary, #1d70b8);
    --_on-primary: var(--vr-color-on-primary, #ffffff);
    --_text: var(--vr-color-text, #0b0c0c);
    --_muted: var(--vr-color-muted, #505a5f);
    --_surface: var(--vr-color-surface, #ffffff);
    --_surface-alt: var(--vr-color-surface-alt, #f3f2f1);
    --_border: var(--vr-color-border, #6f777b);
    --_error: var(--vr-color-error, #d4351c);
    --_success: var(--vr-color-success, #00703c);
    --_focus: var(--vr-color-focus, #ffdd00);
    --_focus-text: var(--vr-color-focus-text, #0b0c0c);
    --_radius: var(--vr-radius, 4px);
    --_space: var(--vr-space, 1rem);
    display: block;
    color: var(--_text);
    font: inherit;
    line-height: 1.4;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 6px var(--_focus-text);
  }
  h2,
  h3,
  h4,
  p {
    margin-block: 0 calc(var(--_space) * 0.75);
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.2em;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  input[type='text'],
  input[type='search'],
  input[type='email'],
  input[type='tel'],
  input[type='password'],
  input[type='date'],
  input[type='datetime-local'],
  select,
  textarea {
    display: block;
    inline-size: 100%;
    max-inline-size: 40rem;
    min-block-size: 2.5rem;
    padding: 0.4rem 0.5rem;
    border: 2px solid var(--_text);
    border-radius: 0;
    background: var(--_surface);
  }
  textarea {
    min-block-size: 6rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_error);
    border-inline-start-width: 5px;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    min-block-size: 2.75rem;
    min-inline-size: 2.75rem;
    padding: 0.5rem 1rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    cursor: pointer;
    text-decoration: none;
  }
  .button.secondary {
    background: var(--_surface-alt);
    color: var(--_text);
    border-color: var(--_border);
  }
  .button[disabled] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link {
    color: var(--_primary);
    text-decoration: underline;
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
  }
  .field {
    margin-block-end: calc(var(--_space) * 1.25);
  }
  .label,
  legend {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25rem;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 calc(var(--_space) * 1.25);
    min-inline-size: 0;
  }
  .hint {
    display: block;
    color: var(--_muted);
    margin-block-end: 0.35rem;
  }
  .error-message {
    display: block;
    color: var(--_error);
    font-weight: 700;
    margin-block-end: 0.35rem;
  }
  .field.has-error,
  fieldset.has-error {
    border-inline-start: 5px solid var(--_error);
    padding-inline-start: 0.75rem;
  }
  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5rem;
    margin-block: 0.35rem;
  }
  .choice input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .choice-hint {
    display: block;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
    margin-block-start: var(--_space);
  }
  ${unsafeCSS(visuallyHiddenCss)}
  .notice {
    padding: var(--_space);
    border-inline-start: 5px solid var(--_border);
    background: var(--_surface-alt);
    margin-block: var(--_space);
  }
  .notice.error {
    border-inline-start-color: var(--_error);
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 0.1s;
    }
  }
  @media (forced-colors: active) {
    .button {
      border-color: ButtonText;
    }
  }
`;
