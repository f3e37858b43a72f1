/**
 * The victim's own follow-up of a self-referral: a reference and a secret handed out once, with
 * which the victim later reads a victim-safe view of their referral or withdraws their consent.
 */
import * as z from 'zod/mini';
import { codeOf, Email, PhoneNumber, ReferralReference, Timestamp, text, WebUrl } from '../primitives.js';
import { followUpNextSteps, referralStatuses } from '../vocabularies.js';

/** At least 128 random bits, base64url: 22 characters or more. */
export const FollowUpSecret = z.string().check(z.regex(/^[A-Za-z0-9_-]{22,128}$/, 'Expected a follow-up secret'));

/** Shown once, in the answer to the self-referral's create; the server keeps only a hash of the secret. */
export const FollowUpCredentials = z.object({
  reference: ReferralReference,
  secret: FollowUpSecret,
});

/** What the victim sends, always in a body (never in a URL), with the publishable key of the member's site. */
export const FollowUpRequest = z.strictObject({
  reference: ReferralReference,
  secret: FollowUpSecret,
});

/** All a victim sees of their referral: nothing about the case, nothing about other parties. */
export const FollowUpView = z.object({
  reference: ReferralReference,
  status: codeOf(referralStatuses),
  /** When the status last changed. */
  statusChangedAt: Timestamp,
  receivingOrganisation: z.object({
    name: text(300),
    website: z.optional(WebUrl),
    email: z.optional(Email),
    phone: z.optional(PhoneNumber),
  }),
  nextStep: codeOf(followUpNextSteps),
});

export type FollowUpCredentials = z.infer<typeof FollowUpCredentials>;
export type FollowUpRequest = z.input<typeof FollowUpRequest>;
export type FollowUpView = z.infer<typeof FollowUpView>;
