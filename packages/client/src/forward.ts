/**
 * Onward referral without retyping: the body of a referral that carries a case of the caller's
 * inbox to another member, with the original's victim data, needs, case file and consent.
 */
import type { Service } from '@victim-referral/schemas';
import type { BodyOf } from './operations.js';
import type { OpenedReferral } from './sealed-records.js';

type CreateBody = BodyOf<'createReferral'>;

/** `to`: the receiving organisation; any other field replaces what the original carries. */
export type ForwardRequest = { to: string } & Partial<Omit<CreateBody, 'receivingOrganisationId' | 'basedOn'>>;

/**
 * The create body of the referral onward. A self-referral's chosen service travels on when it
 * belongs to the new receiver (the host member refers the victim to the member they chose).
 * `original` is opened: its personal fields travel in clear here and are sealed again for `to`.
 */
export function forwardBody(
  original: OpenedReferral,
  request: ForwardRequest,
  chosen: Service | undefined,
): CreateBody {
  if (original.victim === null || original.caseSummary === null) {
    throw new TypeError('The personal data of this referral was erased: it cannot be referred onward');
  }
  const { to, ...overrides } = request;
  return {
    basedOn: original.id,
    receivingOrganisationId: to,
    priority: original.priority,
    ...(chosen?.organisationId === to && { serviceId: chosen.id }),
    needs: original.needs,
    caseSummary: original.caseSummary,
    ...(original.assessment !== undefined && { assessment: original.assessment }),
    ...(original.crossBorder !== undefined && { crossBorder: original.crossBorder }),
    victim: original.victim,
    consent: original.consent,
    ...overrides,
  };
}
