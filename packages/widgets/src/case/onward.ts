/**
 * Onward referral from the case: the receiving point of contact picks a service abroad with the
 * finder, and the case travels there with its story, needs, case file and consent, sealed for the
 * new receiver and its own organisation, without anyone retyping it.
 */
import { forwardBody, newIdempotencyKey, type OpenedReferral } from '@victim-referral/client';
import type { Referral, Service } from '@victim-referral/schemas';
import { createReferral } from '@victim-referral/schemas/routes';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { RouteTransport } from '../shared/client.js';
import { sealedBody } from '../shared/sealed-body.js';

export type OnwardStep = 'closed' | 'finding' | 'chosen' | 'sending' | 'failed' | 'done';

/** Creates the onward referral of `original` (opened) to `service`; answers its reference. */
async function referOnward(
  transport: RouteTransport,
  original: Referral,
  service: Service,
  organisationId: string | undefined,
  idempotencyKey: string,
): Promise<string> {
  const to = service.organisationId;
  const body = forwardBody(
    original as unknown as OpenedReferral,
    { to, serviceId: service.id, status: 'sent' },
    undefined,
  );
  const sealed = await sealedBody(transport, 'referral', body, { receiverId: to, memberId: organisationId });
  return (await transport(createReferral, { body: sealed, idempotencyKey })).reference;
}

/** Where the onward referral stands, and its steps: find a service, confirm it, send. */
export class OnwardController implements ReactiveController {
  step: OnwardStep = 'closed';
  service: Service | undefined;
  reference = '';
  /** One key per chosen service: a retry after a failure cannot create the referral twice. */
  private idempotencyKey = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** Shows the finder, loading its code on first use. */
  async open(): Promise<void> {
    await import('../finder/service-finder.js');
    this.step = 'finding';
    this.service = undefined;
    this.host.requestUpdate();
  }

  choose(service: Service): void {
    this.service = service;
    this.idempotencyKey = newIdempotencyKey();
    this.step = 'chosen';
    this.host.requestUpdate();
  }

  close(): void {
    this.step = 'closed';
    this.service = undefined;
    this.reference = '';
    this.host.requestUpdate();
  }

  async send(
    transport: RouteTransport | undefined,
    original: Referral,
    organisationId: string | undefined,
  ): Promise<void> {
    const { service } = this;
    if (!service || !transport) return;
    this.step = 'sending';
    this.host.requestUpdate();
    try {
      this.reference = await referOnward(transport, original, service, organisationId, this.idempotencyKey);
      this.step = 'done';
    } catch {
      this.step = 'failed';
    }
    this.host.requestUpdate();
  }
}
