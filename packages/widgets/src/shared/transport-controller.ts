import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type ClientSettings, type RouteTransport, transportFor } from './client.js';

/**
 * The transport of an element's API settings (`apiBase`, and a publishable key, token or token
 * provider), made again only when one of them changes — compared one by one, so a new token
 * provider function counts as a change. Read `transport` in `willUpdate` or later.
 */
export class TransportController implements ReactiveController {
  private readonly settings: () => ClientSettings;
  private current: RouteTransport | undefined;
  private made: ClientSettings | undefined;

  constructor(host: ReactiveControllerHost, settings: () => ClientSettings) {
    this.settings = settings;
    host.addController(this);
  }

  /** The transport for the current settings; undefined while the address or credential is missing. */
  get transport(): RouteTransport | undefined {
    const settings = this.settings();
    const keys = ['apiBase', 'publishableKey', 'token', 'tokenProvider'] as const;
    if (!this.made || keys.some((key) => settings[key] !== this.made?.[key])) {
      this.made = settings;
      this.current = transportFor(settings);
    }
    return this.current;
  }

  hostUpdate(): void {
    void this.transport;
  }
}
