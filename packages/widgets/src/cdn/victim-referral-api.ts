/**
 * `victim-referral-api.js` beside the loader: a transport and the endpoint definitions the widgets
 * use (and `listReferrals`, for a point of contact's page), sharing their chunks with the
 * elements, so a page can call the API without a second copy of ky. `createReferralClient` is
 * left out on purpose: it binds every endpoint of the contract, and so would bring every schema.
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
