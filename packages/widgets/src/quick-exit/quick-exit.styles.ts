import { visuallyHiddenCss } from '../shared/visually-hidden.js';

/**
 * The quick-exit button's styles as plain CSS: the element is written without Lit so it works the
 * moment its script has run. Same design tokens (`--vr-*`) as the other widgets.
 */
export const quickExitCss = `
:host {
  --_exit-background: var(--vr-quick-exit-background, #d4351c);
  --_exit-color: var(--vr-quick-exit-color, #ffffff);
  --_text: var(--vr-color-text, #0b0c0c);
  --_focus: var(--vr-color-focus, #ffdd00);
  --_focus-text: var(--vr-color-focus-text, #0b0c0c);
  --_radius: var(--vr-radius, 4px);
  --_space: var(--vr-space, 1rem);
  display: block;
  color: var(--_text);
  font: inherit;
  line-height: 1.4;
}
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
:focus-visible {
  outline: 3px solid var(--_focus);
  outline-offset: 0;
  box-shadow: 0 0 0 6px var(--_focus-text);
}
.root {
  display: flex;
  flex-direction: column;
  align-items: flex-end;
  gap: 0.25rem;
}
.button {
  display: inline-flex;
  align-items: center;
  gap: 0.5rem;
  min-block-size: 2.75rem;
  padding: 0.5rem 1rem;
  border: 2px solid transparent;
  border-radius: var(--_radius);
  background: var(--_exit-background);
  color: var(--_exit-color);
  font: inherit;
  font-size: 1.1em;
  font-weight: 700;
  cursor: pointer;
}
.hint { margin: 0; font-size: 0.9em; }
.safety { max-inline-size: 30rem; font-size: 0.9em; }
.safety summary { cursor: pointer; text-decoration: underline; text-align: end; }
.safety p, .safety ul { margin-block: 0.5rem; }
.safety a { color: inherit; }
.overlay {
  position: fixed;
  inset: 0;
  z-index: 2147483647;
  background: var(--vr-quick-exit-overlay-background, #ffffff);
  color: var(--_text);
  padding: var(--_space);
}
${visuallyHiddenCss}
`;
