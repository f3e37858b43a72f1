import { createReferralClient, type ReferralClient } from '@victim-referral/client';
import type { FollowUpCredentials, ReferralCreate, ReferralStatus } from '@victim-referral/schemas';
import { sandbox } from './sandbox.js';

/**
 * Self-referrals made for the follow-up stories: each story gets a fresh one, moved by the
 * receiving organisation (the contact token's, which the publishable key's self-referrals go to)
 * to the status the story shows. Resolves to undefined when the sandbox is not running.
 */
const victim = () =>
  createReferralClient({
    baseUrl: sandbox.apiBase,
    auth: { publishableKey: sandbox.publishableKey },
    // The member publishes keys: what the victim writes is sealed to them, as the form does.
    sealing: { organisationId: sandbox.organisationId },
  });
const receiver = () => createReferralClient({ baseUrl: sandbox.apiBase, auth: { token: sandbox.contactToken } });

const body = {
  needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'] },
  caseSummary: 'Bag stolen at the station (a Storybook story)',
  victim: { name: 'S.', languages: ['en'], contact: { kind: 'do-not-contact' } },
  consent: {
    explicit: true,
    recordedAt: '2026-12-01T10:00:00Z',
    method: 'electronic',
    dataShared: ['identity', 'needs', 'case-summary'],
    purposes: ['provide-support'],
    sharedWith: 'receiving-organisation',
    withdrawalExplained: true,
  },
} satisfies ReferralCreate;

/** The receiver's steps from `sent` to each status a story shows. */
const pathTo: Record<ReferralStatus, ((client: ReferralClient, id: string) => Promise<unknown>)[]> = {
  draft: [],
  sent: [],
  received: [(c, id) => c.referrals.markReceived(id)],
  accepted: [(c, id) => c.referrals.accept(id)],
  declined: [(c, id) => c.referrals.decline(id, { reasonCode: 'no-capacity' })],
  'in-progress': [(c, id) => c.referrals.accept(id), (c, id) => c.referrals.start(id)],
  'on-hold': [
    (c, id) => c.referrals.accept(id),
    (c, id) => c.referrals.start(id),
    (c, id) => c.referrals.putOnHold(id, { reasonCode: 'awaiting-interpreter' }),
  ],
  completed: [(c, id) => c.referrals.accept(id), (c, id) => c.referrals.complete(id, 'support-provided')],
  failed: [(c, id) => c.referrals.accept(id), (c, id) => c.referrals.fail(id, 'could-not-contact')],
  cancelled: [(c, id) => c.referrals.cancel(id, { reasonCode: 'duplicate' })],
  'withdrawn-consent': [(c, id) => c.referrals.withdrawConsent(id)],
};

export async function followUpIn(status: ReferralStatus): Promise<FollowUpCredentials | undefined> {
  try {
    const created = await victim().referrals.create(body);
    const client = receiver();
    for (const step of pathTo[status]) await step(client, created.id);
    return created.followUp;
  } catch {
    return undefined;
  }
}

/** Ten wrong secrets for the reference: the sandbox locks it for fifteen minutes. */
export async function lock(credentials: FollowUpCredentials): Promise<void> {
  const wrong = { reference: credentials.reference, secret: 'A'.repeat(32) };
  for (let attempt = 0; attempt < 10; attempt += 1)
    await victim()
      .followUp.status(wrong)
      .catch(() => undefined);
}
