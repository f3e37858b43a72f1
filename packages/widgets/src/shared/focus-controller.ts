import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves the focus after the next render, to an element that may only exist once it has rendered
 * (a heading of the new step, the error summary, the first new card).
 */
export class FocusController implements ReactiveController {
  private pending: (() => HTMLElement | null | undefined) | undefined;
  private readonly host: ReactiveControllerHost;

  constructor(host: ReactiveControllerHost) {
    this.host = host;
    host.addController(this);
  }

  /** Focuses what `target` finds after the next render. */
  after(target: () => HTMLElement | null | undefined): void {
    this.pending = target;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    const target = this.pending?.();
    this.pending = undefined;
    target?.focus();
  }
}
