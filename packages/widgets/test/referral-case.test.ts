import { openSealed } from '@victim-referral/client/sealing';
import { allowedTransitions, generateEncryptionKeyPair, type Referral } from '@victim-referral/schemas';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/index.js';
import type { VrReferralCase } from '../src/case/referral-case.component.js';
import { QuickExitEvent } from '../src/shared/events.js';
import { expectNoAxeViolations, find, findAll, host, mount, other, sandbox, textOf } from './helpers.js';
import { hostContact, otherContact, referralBody, referToHost } from './workspace-support.js';

function mountCase(id: string, organisation = host, attributes = ''): VrReferralCase {
  const view = mount<VrReferralCase>(
    `<vr-referral-case api-base="${sandbox.apiBase}" referral-id="${id}" organisation-id="${organisation.id}" ${attributes}></vr-referral-case>`,
  );
  view.token = organisation.contactToken;
  view.keys = organisation.privateKeys;
  return view;
}

const actionsOf = (view: Element) => findAll(view, '[data-action]').map((button) => button.getAttribute('data-action'));

async function act(view: VrReferralCase, action: string): Promise<void> {
  (await find<HTMLButtonElement>(view, `[data-action="${action}"]`)).click();
}

async function confirmDecision(view: VrReferralCase): Promise<void> {
  (await find<HTMLButtonElement>(view, '.decision button[type="submit"]')).click();
}

const statusShown = (view: Element) => {
  const rows = findAll(view, '.summary dt');
  const row = rows.find((dt) => dt.textContent === 'Status');
  return row?.nextElementSibling?.textContent?.trim();
};

describe('<vr-referral-case>', () => {
  it('shows what the receiver needs to decide: who, when, priority, time left, case file, consent first, the person', async () => {
    const id = await referToHost({ priority: 'urgent' });
    const view = mountCase(id);
    await find(view, '#case-title');
    expect(textOf(view, '.summary')).toContain(other.name);
    expect(textOf(view, '.summary .flag.priority')).toBe('Urgent');
    expect(textOf(view, '.summary .flag.due-soon')).toMatch(/^Answer in 2[0-4] hours$/);
    expect(textOf(view, '[part="do-not-contact"]')).toContain('Do not contact this person directly');
    const sections = findAll(view, 'section h3').map((h) => h.textContent);
    expect(sections.slice(0, 3)).toEqual(['Consent', 'The person', 'Cross-border situation']);
    expect(textOf(view, 'article')).toContain('Ana Teste');
    expect(textOf(view, '.story')).toContain('safety planning');
    expect(textOf(view, 'article')).toContain('Spain');
    await expectNoAxeViolations(view);
  });

  it('offers exactly the moves the lifecycle table allows the caller, and a decline needs a reason code', async () => {
    const id = await referToHost();
    const view = mountCase(id);
    await find(view, '[data-action]');
    expect(actionsOf(view)).toEqual(allowedTransitions('sent', ['receiver']));
    const referrerView = mountCase(id, other);
    await find(referrerView, '[data-action]');
    expect(actionsOf(referrerView)).toEqual(allowedTransitions('sent', ['referrer']));
    referrerView.remove();

    await act(view, 'declined');
    await confirmDecision(view);
    const code = await find<HTMLSelectElement>(view, '#reason-code');
    await vi.waitFor(() => expect(code.getAttribute('aria-invalid')).toBe('true'));
    expect(textOf(view, '.decision .error-message')).toBe('Choose one');
    await expectNoAxeViolations(view);
    await userEvent.selectOptions(code, 'other');
    await confirmDecision(view);
    await vi.waitFor(() => expect(textOf(view, '#reason-text-error')).toBe('Explain the reason in a few words'));
    await userEvent.selectOptions(code, 'no-capacity');
    await confirmDecision(view);
    await vi.waitFor(() => expect(textOf(view, '#decision-notice')).toBe('Saved. The referral is now: Declined.'));
    await vi.waitFor(() => expect(statusShown(view)).toBe('Declined'));
    expect(textOf(view, '.summary')).toContain('No capacity');
    expect(actionsOf(view)).toEqual(allowedTransitions('declined', ['receiver']));
    expect(textOf(view, '[part="thread-closed"]')).toContain('The discussion is closed');
    await expectNoAxeViolations(view);
  });

  it('accepts, starts and completes with an outcome; the history names each step', async () => {
    const id = await referToHost();
    const view = mountCase(id);
    await act(view, 'accepted');
    await vi.waitFor(() => expect(statusShown(view)).toBe('Accepted'));
    await act(view, 'in-progress');
    await vi.waitFor(() => expect(statusShown(view)).toBe('In progress'));
    await act(view, 'completed');
    await userEvent.selectOptions(await find<HTMLSelectElement>(view, '#outcome'), 'support-provided');
    await confirmDecision(view);
    await vi.waitFor(() => expect(statusShown(view)).toBe('Completed'));
    expect(textOf(view, '.summary')).toContain('Support provided');
    const history = findAll(view, '.timeline li').map((item) =>
      item.querySelector('p:nth-child(2)')?.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(history).toEqual(
      expect.arrayContaining([
        'Status changed — Accepted',
        'Status changed — In progress',
        'Status changed — Completed',
      ]),
    );
    expect(textOf(view, '.timeline')).toContain('Outcome: Support provided');
    await expectNoAxeViolations(view);
  });

  it('reloads and says what changed when someone else changed the referral first', async () => {
    const id = await referToHost();
    const view = mountCase(id);
    await act(view, 'declined');
    await otherContact.referrals.cancel(id, { reasonCode: 'sent-in-error' });
    await userEvent.selectOptions(await find<HTMLSelectElement>(view, '#reason-code'), 'outside-area');
    await confirmDecision(view);
    await vi.waitFor(() =>
      expect(textOf(view, '#decision-notice')).toBe(
        'Someone changed this referral in the meantime. It is now: Cancelled. Check it again before you decide.',
      ),
    );
    expect(statusShown(view)).toBe('Cancelled');
    expect(textOf(view, '.summary')).toContain('Sent in error');
    await expectNoAxeViolations(view);
  });

  it('posts messages, shows the other side’s without a reload, and is refused once the case is closed', async () => {
    const id = await referToHost();
    const view = mountCase(id, host, 'poll-interval="1"');
    const box = await find<HTMLTextAreaElement>(view, '#message-body');
    (await find<HTMLButtonElement>(view, '.composer button')).click();
    await vi.waitFor(() => expect(textOf(view, '#message-error')).toBe('Write a message first'));
    await userEvent.type(box, 'Could you confirm the safe times?');
    (await find<HTMLButtonElement>(view, '.composer button')).click();
    await vi.waitFor(() => expect(textOf(view, '.messages')).toContain('Could you confirm the safe times?'));
    expect(box.value).toBe('');
    expect(textOf(view, '.messages .meta strong')).toBe('Your organisation');

    await otherContact.messages.create(id, { body: 'Weekdays after 6 pm, text first.' });
    await vi.waitFor(() => expect(textOf(view, '.messages')).toContain('Weekdays after 6 pm'), { timeout: 8000 });
    expect(textOf(view, '[role="status"]')).toBe('1 new message.');
    await expectNoAxeViolations(view);
  });

  it('says a message was refused when the case closed while it was being written', async () => {
    const id = await referToHost();
    const view = mountCase(id);
    const box = await find<HTMLTextAreaElement>(view, '#message-body');
    await otherContact.referrals.cancel(id, { reasonCode: 'duplicate' });
    await userEvent.type(box, 'One more question');
    (await find<HTMLButtonElement>(view, '.composer button')).click();
    await vi.waitFor(() => expect(textOf(view, '[part="thread-closed"]')).toContain('The message was not sent'));
    await expectNoAxeViolations(view);
  });

  it('shows the sealed details and messages through a decrypt callback, and a calm notice when no key fits', async () => {
    const id = await referToHost();
    await otherContact.messages.create(id, { body: 'She prefers Portuguese.' });
    const opened = mountCase(id);
    opened.keys = undefined;
    opened.decrypt = async (sealed) => (await openSealed(sealed, host.privateKeys)) as Record<string, unknown>;
    await vi.waitFor(() => expect(textOf(opened, 'article')).toContain('Ana Teste'));
    expect(textOf(opened, '.messages')).toContain('She prefers Portuguese.');

    const locked = mountCase(id);
    locked.keys = [(await generateEncryptionKeyPair({ kid: 'not-ours' })).privateKey];
    await vi.waitFor(() =>
      expect(textOf(locked, '[part="sealed-notice"]')).toContain('could not be opened with the keys given'),
    );
    expect(textOf(locked, 'article')).not.toContain('Ana Teste');
    expect(textOf(locked, '.messages')).toContain('This message is protected and could not be opened');
    expect(textOf(locked, '.messages')).not.toContain('Portuguese');
    expect(textOf(locked, '[part="sealed-notice"]')).not.toContain('"d"');
    await expectNoAxeViolations(locked);

    const keyless = mountCase(id);
    keyless.keys = undefined;
    await vi.waitFor(() =>
      expect(textOf(keyless, '[part="sealed-notice"]')).toContain("The person's details are protected"),
    );
  });

  it('opens with the key file, remembers the key on this device only when asked, and forgets it', async () => {
    const id = await referToHost();
    const keyFile = (content: unknown) => {
      const files = new DataTransfer();
      files.items.add(new File([JSON.stringify(content)], 'keys.json', { type: 'application/json' }));
      return files.files;
    };
    const databases = async () => (await indexedDB.databases()).map((database) => database.name);
    const first = mountCase(id);
    first.keys = undefined;
    (await find<HTMLInputElement>(first, '#key-file')).files = keyFile({ hello: 'world' });
    (await find<HTMLButtonElement>(first, '[part="key-import"] button[type="submit"]')).click();
    await vi.waitFor(() => expect(textOf(first, '#key-file-error')).toContain('no private key'));
    expect(await databases()).not.toContain('vr-sealing-keys');
    await expectNoAxeViolations(first);

    (await find<HTMLInputElement>(first, '#key-file')).files = keyFile({ privateKeys: host.privateKeys });
    (await find<HTMLInputElement>(first, '#key-remember')).click();
    (await find<HTMLButtonElement>(first, '[part="key-import"] button[type="submit"]')).click();
    await vi.waitFor(() => expect(textOf(first, 'article')).toContain('Ana Teste'));
    expect(textOf(first, '[part="key-import"]')).toContain('remembered on this device');
    expect(await databases()).toContain('vr-sealing-keys');
    first.remove();

    const again = mountCase(id);
    again.keys = undefined;
    await vi.waitFor(() => expect(textOf(again, 'article')).toContain('Ana Teste'));
    (await find<HTMLButtonElement>(again, '[part="key-import"] button')).click();
    await vi.waitFor(() => expect(textOf(again, '[part="sealed-notice"]')).toContain('protected'));
    expect(textOf(again, 'article')).not.toContain('Ana Teste');
    expect(await databases()).not.toContain('vr-sealing-keys');
  });

  it('drops the victim’s data on quick exit, on pagehide and when removed', async () => {
    const id = await referToHost();
    const view = mountCase(id);
    await vi.waitFor(() => expect(textOf(view, 'article')).toContain('Ana Teste'));
    document.dispatchEvent(new QuickExitEvent());
    await vi.waitFor(() => expect(view.shadowRoot?.textContent).not.toContain('Ana Teste'));

    const again = mountCase(id);
    await vi.waitFor(() => expect(textOf(again, 'article')).toContain('Ana Teste'));
    window.dispatchEvent(new PageTransitionEvent('pagehide', { persisted: true }));
    await vi.waitFor(() => expect(again.shadowRoot?.textContent).not.toContain('Ana Teste'));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(again.shadowRoot?.textContent).not.toContain('Ana Teste');
    window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true }));
    await vi.waitFor(() => expect(textOf(again, 'article')).toContain('Ana Teste'));
    again.remove();
    expect((again as unknown as { opened: unknown }).opened).toBeUndefined();
  });

  it('refers the case onward to a service picked with the finder, without retyping it', async () => {
    const base = referralBody();
    const id = await referToHost({ consent: { ...base.consent, purposes: ['provide-support', 'refer-onward'] } });
    await hostContact.referrals.accept(id);
    const view = mountCase(id);
    await find(view, '[data-action="onward"]');
    (await find<HTMLButtonElement>(view, '[data-action="onward"]')).click();
    const finder = await find<HTMLElement>(view, 'vr-service-finder');
    const card = await vi.waitFor(() => {
      const cards = [...(finder.shadowRoot?.querySelectorAll<HTMLElement>('article.card') ?? [])];
      const abroad = cards.find(
        (candidate) =>
          candidate.querySelector('[part~="select-button"]') && !candidate.textContent?.includes(host.name),
      );
      if (!abroad) throw new Error('no service to choose yet');
      return abroad;
    });
    const name = card.querySelector('h3')?.textContent?.trim() ?? '';
    const heard: Event[] = [];
    document.addEventListener('vr-service-select', (event) => heard.push(event), { once: true });
    (card.querySelector('[part~="select-button"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(textOf(view, '[part="actions"]')).toContain(`Refer the case to ${name}`));
    expect(heard).toEqual([]);
    await expectNoAxeViolations(view);
    (await find<HTMLButtonElement>(view, '[data-action="onward-confirm"]')).click();
    await vi.waitFor(() => expect(textOf(view, '#onward-done')).toMatch(/reference is VR-/));

    let onward: Referral | undefined;
    for await (const referral of hostContact.referrals.listAll({ box: 'outbox' })) {
      if (referral.basedOn === id) onward = referral;
    }
    if (!onward) throw new Error('no onward referral in the outbox');
    const opened = await hostContact.referrals.open(onward);
    expect(opened.victim?.name).toBe('Ana Teste');
    expect(opened.caseSummary).toBe(base.caseSummary);
    await vi.waitFor(() => expect(textOf(view, '.timeline')).toContain('Referred onward'), { timeout: 8000 });
  });

  it('lays the case out from the right in Arabic, with the labels of the schemas', async () => {
    const id = await referToHost();
    const view = mountCase(id, host, 'lang="ar"');
    await vi.waitFor(() => expect(textOf(view, 'h3')).toBe('الموافقة'));
    expect(getComputedStyle(await find(view, 'article')).direction).toBe('rtl');
    expect(textOf(view, '[data-action="accepted"]')).toBe('قبول');
    await expectNoAxeViolations(view);
  });
});
