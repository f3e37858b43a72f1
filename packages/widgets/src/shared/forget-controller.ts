import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { QuickExitEvent } from './events.js';

/**
 * Calls `forget` whenever what an element holds for a victim must leave memory: when the element
 * is removed from the page, when the page is hidden (closed, navigated away, put in the back-forward
 * cache) and on quick exit.
 */
export class ForgetController implements ReactiveController {
  private readonly forget: () => void;

  constructor(host: ReactiveControllerHost, forget: () => void) {
    this.forget = () => forget();
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('pagehide', this.forget);
    window.addEventListener(QuickExitEvent.type, this.forget);
  }

  hostDisconnected(): void {
    window.removeEventListener('pagehide', this.forget);
    window.removeEventListener(QuickExitEvent.type, this.forget);
    this.forget();
  }
}
