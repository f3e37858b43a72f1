import { createReferralClient } from '@victim-referral/client';
import type { FollowUpCredentials, ReferralCreate } from '@victim-referral/schemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/status/referral-status.js';
import '../src/quick-exit/quick-exit.js';
import type { VrQuickExit } from '../src/quick-exit/quick-exit.component.js';
import type { VrReferralStatus } from '../src/status/referral-status.component.js';
import {
  byId,
  byText,
  clientWith,
  deepActiveElement,
  expectNoAxeViolations,
  find,
  findAll,
  holdsInMemory,
  host,
  leftOnThePage,
  mount,
  sandbox,
  shadow,
  tabTo,
  textOf,
  watchConsole,
} from './helpers.js';

const selfReferralBody = {
  needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'] },
  caseSummary: 'Bag stolen at the station',
  victim: { name: 'R.', languages: ['en'], contact: { kind: 'do-not-contact' } },
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

/** A new self-referral to the host organisation, and the follow-up its create answered with. */
async function selfReferral(): Promise<FollowUpCredentials & { id: string }> {
  // The host publishes keys: the client seals the victim's data to them, as the form does.
  const victim = createReferralClient({
    baseUrl: sandbox.apiBase,
    auth: { publishableKey: host.publishableKey },
    sealing: { organisationId: host.id, privateKeys: host.privateKeys },
  });
  const created = await victim.referrals.create(selfReferralBody);
  if (!created.followUp) throw new Error('the self-referral came without its follow-up');
  return { id: created.id, ...created.followUp };
}

async function statusElement(attributes = ''): Promise<VrReferralStatus> {
  const element = mount<VrReferralStatus>(
    `<vr-referral-status api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" ${attributes}></vr-referral-status>`,
  );
  await find(element, '#reference');
  return element;
}

async function enter(element: VrReferralStatus, reference: string, secret: string): Promise<void> {
  await userEvent.fill(await find<HTMLInputElement>(element, '#reference'), reference);
  await userEvent.fill(await find<HTMLInputElement>(element, '#secret'), secret);
  (await find<HTMLButtonElement>(element, '[part~="check-button"]')).click();
}

const wrongSecret = (secret: string) => `${secret.slice(0, -2)}${secret.endsWith('AA') ? 'BB' : 'AA'}`;
const problemText = async (element: VrReferralStatus) => (await find(element, '#problem')).textContent?.trim();

describe('<vr-referral-status>', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('asks for both, says what is missing, and links each message to its field', async () => {
    const element = await statusElement();
    expect(textOf(element, 'h2')).toBe('Check your request');
    const secret = await find<HTMLInputElement>(element, '#secret');
    // Masked by CSS: a password field would have the browser offer to save the secret.
    expect([secret.type, getComputedStyle(secret).getPropertyValue('-webkit-text-security')]).toEqual(['text', 'disc']);
    await expectNoAxeViolations(element);
    (await find<HTMLButtonElement>(element, '[part~="check-button"]')).click();
    const summary = await find(element, '#error-summary');
    await vi.waitFor(() => expect(deepActiveElement()).toBe(summary));
    expect(findAll(element, '#error-summary a').map((link) => link.textContent?.trim())).toEqual([
      'Enter your reference',
      'Enter your secret code',
    ]);
    await expectNoAxeViolations(element);
    (findAll(element, '#error-summary a')[1] as HTMLElement).click();
    expect(deepActiveElement()?.id).toBe('secret');
  });

  it('shows the status in plain words with the keyboard alone, keeping the secret out of the page', async () => {
    const consoleCalls = watchConsole();
    const followUp = await selfReferral();
    const element = await statusElement();
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo(byId('reference'));
    await userEvent.keyboard(` ${followUp.reference.toLowerCase()} `);
    await tabTo(byId('secret'));
    // As written down from the confirmation: in groups of four.
    await userEvent.keyboard(followUp.secret.match(/.{1,4}/g)?.join(' ') ?? '');
    await tabTo((element) => element instanceof HTMLButtonElement && byText('Show')(element));
    expect(deepActiveElement()?.getAttribute('aria-label')).toBe('Show the secret code');
    await userEvent.keyboard('{Enter}');
    expect(getComputedStyle(await find(element, '#secret')).getPropertyValue('-webkit-text-security')).toBe('none');
    expect(deepActiveElement()?.getAttribute('aria-label')).toBe('Hide the secret code');
    await expectNoAxeViolations(element);
    await tabTo(byId('secret'));
    await userEvent.keyboard('{Enter}');

    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('result-title'));
    expect(textOf(element, '[part="status"]')).toBe(
      'Your request has been sent. The organisation has not opened it yet.',
    );
    expect(textOf(element, '[part="result"]')).toContain(host.name);
    expect(textOf(element, '[part="result"]')).toContain(followUp.reference);
    expect(textOf(element, '[part="next-step"]')).toContain('They will contact you in the ways you chose');
    expect(findAll(element, '#secret')).toEqual([]);
    expect(leftOnThePage(followUp.secret)).toBe(false);
    expect(JSON.stringify(consoleCalls)).not.toContain(followUp.secret);
    await expectNoAxeViolations(element);
  });

  it('answers a wrong secret and an unknown reference with the same kind words', async () => {
    const followUp = await selfReferral();
    const answers: (string | undefined)[] = [];
    for (const [reference, secret] of [
      [followUp.reference, wrongSecret(followUp.secret)],
      ['VR-2222-2222', followUp.secret],
      ['not a reference', 'short'],
    ] as const) {
      const element = await statusElement();
      await enter(element, reference, secret);
      await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('problem'));
      answers.push(await problemText(element));
      await expectNoAxeViolations(element);
      element.remove();
    }
    expect(new Set(answers)).toEqual(
      new Set(['We could not find a request with this reference and secret code. Check both, then try again.']),
    );
  });

  it('explains the lock after too many wrong tries, with the time in the reader’s language', async () => {
    const followUp = await selfReferral();
    const client = clientWith({ publishableKey: host.publishableKey });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      await expect(
        client.followUp.status({ reference: followUp.reference, secret: wrongSecret(followUp.secret) }),
      ).rejects.toMatchObject({ status: 404 });
    }
    const element = await statusElement();
    await enter(element, followUp.reference, followUp.secret);
    await vi.waitFor(async () =>
      expect(await problemText(element)).toBe(
        'There have been too many tries, so checking this request is paused to keep it safe. Try again in 15 minutes.',
      ),
    );
    await expectNoAxeViolations(element);
    const french = await statusElement('lang="fr"');
    await vi.waitFor(() => expect(textOf(french, 'h2')).toBe('Suivre votre demande'));
    await enter(french, followUp.reference, followUp.secret);
    await vi.waitFor(async () => expect(await problemText(french)).toMatch(/Réessayez dans 1[45] minutes\.$/));
  });

  it('withdraws consent after saying what it means', async () => {
    const followUp = await selfReferral();
    const element = await statusElement();
    await enter(element, followUp.reference, followUp.secret);
    (await find<HTMLButtonElement>(element, '[part~="withdraw-button"]')).click();
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('withdraw-title'));
    expect(textOf(element, '[part="withdraw-check"]')).toContain('You do not need to give a reason.');
    await expectNoAxeViolations(element);
    [...shadow(element).querySelectorAll<HTMLButtonElement>('[part="withdraw-check"] button')].at(-1)?.click();
    await vi.waitFor(() => expect(deepActiveElement()?.getAttribute('part')).toContain('withdraw-button'));
    (await find<HTMLButtonElement>(element, '[part~="withdraw-button"]')).click();
    (await find<HTMLButtonElement>(element, '[part~="withdraw-confirm-button"]')).click();

    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('withdrawn'));
    expect(textOf(element, '[part="withdrawn"]')).toBe(
      'Your consent has been withdrawn and your personal information has been erased.',
    );
    expect(textOf(element, '[part="status"]')).toBe(
      'You withdrew your consent. Your personal information has been erased.',
    );
    expect(findAll(element, '[part~="withdraw-button"]')).toEqual([]);
    await expectNoAxeViolations(element);
    const referral = await clientWith({ token: host.contactToken }).referrals.get(followUp.id);
    expect(referral.status).toBe('withdrawn-consent');
  });

  it('forgets what was typed and shown on pagehide, on quick exit and when removed', async () => {
    const followUp = await selfReferral();
    const element = await statusElement();
    await userEvent.fill(await find<HTMLInputElement>(element, '#secret'), followUp.secret);
    expect(holdsInMemory(element, followUp.secret)).toBe(true);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await element.updateComplete;
    expect((await find<HTMLInputElement>(element, '#secret')).value).toBe('');
    expect(holdsInMemory(element, followUp.secret)).toBe(false);

    await enter(element, followUp.reference, followUp.secret);
    await find(element, '[part="status"]');
    expect(holdsInMemory(element, followUp.secret)).toBe(true);
    const quickExit = mount<VrQuickExit>('<vr-quick-exit></vr-quick-exit>');
    quickExit.navigate = () => undefined;
    quickExit.exit();
    await element.updateComplete;
    expect(findAll(element, '[part="status"]')).toEqual([]);
    expect(holdsInMemory(element, followUp.secret)).toBe(false);
    expect(holdsInMemory(element, followUp.reference)).toBe(false);

    await enter(element, followUp.reference, followUp.secret);
    await find(element, '[part="status"]');
    element.remove();
    expect(holdsInMemory(element, followUp.secret)).toBe(false);
  });

  it('says when the connection failed, and checks again on request', async () => {
    const followUp = await selfReferral();
    const element = mount<VrReferralStatus>(
      `<vr-referral-status api-base="http://127.0.0.1:9" publishable-key="${host.publishableKey}"></vr-referral-status>`,
    );
    await enter(element, followUp.reference, followUp.secret);
    await vi.waitFor(
      async () =>
        expect(await problemText(element)).toContain('We could not connect. Check your connection, then try again.'),
      { timeout: 20_000 },
    );
    await expectNoAxeViolations(element);
    element.apiBase = sandbox.apiBase;
    (await find<HTMLButtonElement>(element, '#problem button')).click();
    await find(element, '[part="status"]');
  });
});
