/** The victim's own follow-up of a self-referral. */
import { FollowUpRequest, FollowUpView } from '../records/follow-up.js';
import { endpoint, errorsWith } from './endpoint.js';

export const getFollowUp = endpoint({
  method: 'POST',
  path: '/v1/follow-up',
  resource: 'follow-up',
  summary: "The victim's view of their own self-referral, by its reference and follow-up secret",
  auth: ['publishable-key'],
  body: FollowUpRequest,
  success: { status: 200, body: FollowUpView },
  errors: errorsWith(403, 404, 413, 415),
});

export const withdrawFollowUpConsent = endpoint({
  method: 'POST',
  path: '/v1/follow-up/withdraw-consent',
  resource: 'follow-up',
  summary: 'The victim withdraws their consent: the referral is withdrawn-consent and their personal data erased',
  auth: ['publishable-key'],
  body: FollowUpRequest,
  success: { status: 200, body: FollowUpView },
  errors: errorsWith(403, 404, 409, 413, 415),
});
