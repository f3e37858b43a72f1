/**
 * The event `<vr-quick-exit>` fires (bubbling out of its shadow root to `document`) the moment the
 * user leaves: elements that hold a victim's data drop it before the page is replaced.
 */
export const quickExitEvent = 'vr-quick-exit';

declare global {
  interface HTMLElementEventMap {
    'vr-quick-exit': Event;
  }
}
