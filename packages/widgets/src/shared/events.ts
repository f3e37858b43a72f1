import type { Service } from '@victim-referral/schemas';

/** Fired by `<vr-service-finder>` when the user chooses a service. */
export class ServiceSelectEvent extends Event {
  static readonly type = 'vr-service-select';
  readonly service: Service;

  constructor(service: Service) {
    super(ServiceSelectEvent.type, { bubbles: true, composed: true });
    this.service = service;
  }

  /** The same as `event.service`, for listeners written against `CustomEvent`. */
  get detail(): { service: Service } {
    return { service: this.service };
  }
}

/** What `vr-referral-submitted` carries: identifiers only, never the victim's data. */
export interface ReferralSubmittedDetail {
  readonly referralId: string;
  readonly reference: string;
}

/** Fired by `<vr-referral-form>` once the referral has been created. */
export class ReferralSubmittedEvent extends Event {
  static readonly type = 'vr-referral-submitted';
  readonly detail: ReferralSubmittedDetail;

  constructor(detail: ReferralSubmittedDetail) {
    super(ReferralSubmittedEvent.type, { bubbles: true, composed: true });
    this.detail = Object.freeze({ referralId: detail.referralId, reference: detail.reference });
  }
}

/**
 * Fired by `<vr-quick-exit>` (bubbling to the window) as it leaves the page: every element drops
 * what a victim typed or was shown before the page goes.
 */
export class QuickExitEvent extends Event {
  static readonly type = 'vr-quick-exit';

  constructor() {
    super(QuickExitEvent.type, { bubbles: true, composed: true });
  }
}

/** What `vr-open-referral` carries: the referral's id only. */
export interface OpenReferralDetail {
  readonly referralId: string;
}

/** Fired by `<vr-referral-inbox>` when the user opens a referral. */
export class OpenReferralEvent extends Event {
  static readonly type = 'vr-open-referral';
  readonly detail: OpenReferralDetail;

  constructor(referralId: string) {
    super(OpenReferralEvent.type, { bubbles: true, composed: true, cancelable: true });
    this.detail = Object.freeze({ referralId });
  }

  get referralId(): string {
    return this.detail.referralId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'vr-open-referral': OpenReferralEvent;
    'vr-service-select': ServiceSelectEvent;
    'vr-referral-submitted': ReferralSubmittedEvent;
    'vr-quick-exit': QuickExitEvent;
  }
  interface WindowEventMap {
    'vr-quick-exit': QuickExitEvent;
  }
}
