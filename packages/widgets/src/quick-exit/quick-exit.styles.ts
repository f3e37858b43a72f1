import { css } from 'lit';

export const quickExitStyles = css`
  :host {
    --_exit-background: var(--vr-quick-exit-background, #d4351c);
    --_exit-color: var(--vr-quick-exit-color, #ffffff);
  }
  .root {
    display: flex;
    flex-direction: column;
    align-items: flex-end;
    gap: 0.25rem;
  }
  .button {
    background: var(--_exit-background);
    color: var(--_exit-color);
    font-size: 1.1em;
  }
  .hint {
    margin: 0;
    font-size: 0.9em;
  }
  .overlay {
    position: fixed;
    inset: 0;
    z-index: 2147483647;
    background: var(--vr-quick-exit-overlay-background, #ffffff);
    color: var(--_text);
    padding: var(--_space);
  }
`;
