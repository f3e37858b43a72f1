/**
 * The CDN file: one script that registers every element. Also exports a transport and the
 * endpoint definitions the widgets use (and `listReferrals`, for a point of contact's page), so a
 * page can call the API without a second download. `createReferralClient` is left out on purpose:
 * it binds every endpoint of the contract, and so would bring every schema into this file.
 */
import './jitless.js';

export { createTransport, isReferralApiError } from '@victim-referral/client';
export {
  createReferral,
  getOrganisation,
  getService,
  listOrganisations,
  listReferrals,
  listServices,
} from '@victim-referral/schemas';
export * from '../index.js';
