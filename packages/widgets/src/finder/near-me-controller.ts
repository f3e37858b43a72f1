import { paginate } from '@victim-referral/client';
import { listServices } from '@victim-referral/schemas';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReferralTransport } from '../shared/client.js';
import { askPosition, type NearStatus, type Place, type Point, placesOf } from './near-me.js';

type PlacesStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface NearMeHost {
  transport(): ReferralTransport | undefined;
  locale(): string;
  /** The point to sort by changed (or was dropped): search again. */
  onOriginChange(): void;
}

/** A place's key in the town-or-city select. */
export const placeKey = (place: Place) => `${place.country}|${place.city}`;

/**
 * The finder's "near me" state: the rounded position or chosen place results are sorted by, and the
 * directory's places offered when the position is refused or unavailable. Memory only; the point is
 * dropped when the finder leaves the page.
 */
export class NearMeController implements ReactiveController {
  status: NearStatus = 'off';
  origin: Point | undefined;
  chosenPlace = '';
  places: Place[] = [];
  placesStatus: PlacesStatus = 'idle';

  private readonly host: ReactiveControllerHost;
  private readonly finder: NearMeHost;
  private placesLoadedFor: ReferralTransport | undefined;
  /** Counts the asks, so the answer to one that was stopped or superseded is dropped. */
  private asks = 0;

  constructor(host: ReactiveControllerHost, finder: NearMeHost) {
    this.host = host;
    this.finder = finder;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /**
   * Asks for the position: only ever from the button. The towns and cities are offered at once
   * too: a browser may leave the question unanswered (a prompt not seen, a driver that cannot
   * answer it), and the victim must not be left waiting.
   */
  async locate(): Promise<void> {
    if (this.status === 'locating') return;
    const ask = ++this.asks;
    this.update({ status: 'locating' });
    void this.loadPlaces();
    try {
      const origin = await askPosition();
      if (ask !== this.asks) return;
      this.chosenPlace = '';
      this.update({ status: 'located', origin });
      this.finder.onOriginChange();
    } catch (status) {
      if (ask !== this.asks) return;
      this.update({ status: status as NearStatus });
    }
  }

  /** Sorts by the chosen place; a position still being asked for is no longer waited for. */
  choosePlace(key: string): void {
    const place = this.places.find((candidate) => placeKey(candidate) === key);
    this.chosenPlace = place ? key : '';
    if (this.status === 'locating') {
      this.asks += 1;
      this.status = 'off';
    }
    this.update({ origin: place && { latitude: place.latitude, longitude: place.longitude } });
    this.finder.onOriginChange();
  }

  /** Stops sorting by distance and forgets the point. */
  stop(): void {
    const had = this.origin !== undefined;
    this.asks += 1;
    this.chosenPlace = '';
    this.update({ status: 'off', origin: undefined });
    if (had) this.finder.onOriginChange();
  }

  /** The distinct localities of every service in the directory, read once per transport. */
  async loadPlaces(): Promise<void> {
    const transport = this.finder.transport();
    if (!transport || (this.placesLoadedFor === transport && this.placesStatus !== 'error')) return;
    this.placesLoadedFor = transport;
    this.update({ placesStatus: 'loading' });
    try {
      const services = [];
      const pages = paginate((cursor) =>
        transport(listServices, { query: cursor ? { limit: 100, cursor } : { limit: 100 } }),
      );
      for await (const service of pages) services.push(service);
      this.places = placesOf(services, this.finder.locale());
      this.update({ placesStatus: 'ready' });
    } catch {
      this.update({ placesStatus: 'error' });
    }
  }

  private update(changes: Partial<Pick<NearMeController, 'status' | 'origin' | 'placesStatus'>>): void {
    Object.assign(this, changes);
    this.host.requestUpdate();
  }
}
