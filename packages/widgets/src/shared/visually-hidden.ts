/**
 * Text for screen readers only, hidden from sight: plain CSS (no Lit), so the quick exit, which is
 * written without Lit, and the Lit elements' base styles share one rule.
 */
export const visuallyHiddenCss = `
.visually-hidden {
  position: absolute !important;
  inline-size: 1px !important;
  block-size: 1px !important;
  margin: -1px !important;
  padding: 0 !important;
  overflow: hidden !important;
  clip-path: inset(50%) !important;
  white-space: nowrap !important;
  border: 0 !important;
}
`;
