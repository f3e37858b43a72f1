/**
 * `victim-referral-api.js` beside the loader: a transport that checks answers and the endpoint
 * definitions the widgets use (and `listReferrals`, for a point of contact's page), for a page's
 * own scripts. Built on its own: the elements use neither ky nor zod's response schemas.
 * `createReferralClient` is left out on purpose: it binds every endpoint of the contract, and so
 * would bring every schema.
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
