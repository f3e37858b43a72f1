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
  /** The referral's reference, to quote with the secret. */
  reference: ReferralReference,
  /** The secret that, with the reference, opens the follow-up; shown only this once. */
  secret: FollowUpSecret,
});

/** What the victim sends, always in a body (never in a URL), with the publishable key of the member's site. */
export const FollowUpRequest = z.strictObject({
  /** The referral's reference, as shown with the follow-up credentials. */
  reference: ReferralReference,
  /** The secret shown with them. */
  secret: FollowUpSecret,
});

/** All a victim sees of their referral: nothing about the case, nothing about other parties. */
export const FollowUpView = z.object({
  /** The referral's reference. */
  reference: ReferralReference,
  /** The referral's status. */
  status: codeOf(referralStatuses),
  /** When the status last changed. */
  statusChangedAt: Timestamp,
  /** The organisation that receives the referral, and how the victim can reach it. */
  receivingOrganisation: z.object({
    /** Its name. */
    name: text(300),
    /** Its website. */
    website: z.optional(WebUrl),
    /** Its email address. */
    email: z.optional(Email),
    /** Its phone number. */
    phone: z.optional(PhoneNumber),
  }),
  /** What the victim should expect next, by the referral's status. */
  nextStep: codeOf(followUpNextSteps),
});

export type FollowUpCredentials = z.infer<typeof FollowUpCredentials>;
export type FollowUpRequest = z.input<typeof FollowUpRequest>;
export type FollowUpView = z.infer<typeof FollowUpView>;
