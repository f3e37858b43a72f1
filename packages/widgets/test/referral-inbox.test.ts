import { awaitingAnswerStatuses, type Referral } from '@victim-referral/schemas';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/index.js';
import type { VrReferralInbox } from '../src/inbox/referral-inbox.component.js';
import { OpenReferralEvent } from '../src/shared/events.js';
import { deepActiveElement, expectNoAxeViolations, find, findAll, host, mount, sandbox, textOf } from './helpers.js';
import { hostContact, referToHost } from './workspace-support.js';

function mountInbox(attributes = '', token: VrReferralInbox['token'] = host.contactToken): VrReferralInbox {
  const inbox = mount<VrReferralInbox>(
    `<vr-referral-inbox api-base="${sandbox.apiBase}" ${attributes}></vr-referral-inbox>`,
  );
  inbox.token = token;
  return inbox;
}

async function boxOf(box: 'inbox' | 'outbox'): Promise<Referral[]> {
  const all: Referral[] = [];
  for await (const referral of hostContact.referrals.listAll({ box, limit: 100 })) all.push(referral);
  return all;
}

const rowIds = (inbox: Element) => findAll(inbox, 'tbody tr').map((row) => row.getAttribute('data-referral-id') ?? '');

describe('<vr-referral-inbox>', () => {
  it('lists what needs attention first: overdue, then by answer deadline, with the time left flagged', async () => {
    const urgent = await referToHost({ priority: 'urgent' });
    const inbox = mountInbox('page-size="100"');
    await find(inbox, `tr[data-referral-id="${urgent}"]`);
    const byId = new Map((await boxOf('inbox')).map((referral) => [referral.id, referral]));
    const now = Date.now();
    const shown = rowIds(inbox).map((id) => byId.get(id) as Referral);
    const overdue = (r: Referral) => awaitingAnswerStatuses.includes(r.status) && Date.parse(r.responseDueAt) < now;
    const firstNotOverdue = shown.findIndex((r) => !overdue(r));
    expect(shown.slice(firstNotOverdue).some(overdue)).toBe(false);
    const waiting = shown.slice(firstNotOverdue).filter((r) => awaitingAnswerStatuses.includes(r.status));
    const deadlines = waiting.map((r) => Date.parse(r.responseDueAt));
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));

    expect(textOf(inbox, `tr[data-referral-id="${urgent}"] .flag.due-soon`)).toMatch(/^Answer in (2[0-4]) hours$/);
    expect(textOf(inbox, `tr[data-referral-id="${urgent}"] .flag.priority`)).toBe('Urgent');
    if (shown.some(overdue)) {
      expect(textOf(inbox, `tr[data-referral-id="${shown[0]?.id}"] .flag.overdue`)).toMatch(
        /^Overdue: the answer was due .+ ago$/,
      );
    }
    expect(findAll(inbox, 'thead th[scope="col"]')).toHaveLength(6);
    expect(findAll(inbox, 'tbody th[scope="row"]')).toHaveLength(shown.length);
    await expectNoAxeViolations(inbox);
  });

  it('counts each tab, filters by status and priority, and says when nothing matches', async () => {
    const inbox = mountInbox('page-size="5"');
    await find(inbox, 'tbody tr');
    const [received, sent] = await Promise.all([boxOf('inbox'), boxOf('outbox')]);
    expect(textOf(inbox, '#tab-inbox')).toBe(`Received (${received.length})`);
    expect(textOf(inbox, '#tab-outbox')).toBe(`Sent (${sent.length})`);
    expect(findAll(inbox, 'tbody tr')).toHaveLength(5);

    const status = await find<HTMLSelectElement>(inbox, '#filter-status');
    await userEvent.selectOptions(status, 'completed');
    await vi.waitFor(() => expect(findAll(inbox, 'tbody tr').length).toBeGreaterThan(0));
    for (const row of findAll(inbox, 'tbody tr')) expect(row.querySelectorAll('td')[2]?.textContent).toBe('Completed');

    const priority = await find<HTMLSelectElement>(inbox, '#filter-priority');
    await userEvent.selectOptions(priority, 'immediate');
    await userEvent.selectOptions(status, 'draft');
    await vi.waitFor(() => expect(textOf(inbox, '.status')).toBe('No referrals match these filters.'));
    expect(textOf(inbox, '#tab-inbox')).toBe('Received (0)');
    await expectNoAxeViolations(inbox);
  });

  it('is used by keyboard: arrows switch tabs, Up and Down move between referrals', async () => {
    const inbox = mountInbox();
    await find(inbox, 'tbody tr');
    (await find(inbox, '#tab-inbox')).focus();
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('tab-outbox'));
    expect((await find(inbox, '#tab-outbox')).getAttribute('aria-selected')).toBe('true');
    expect((await find(inbox, '[role="tabpanel"]')).getAttribute('aria-labelledby')).toBe('tab-outbox');
    expect(textOf(inbox, 'caption')).toBe('Sent referrals, most pressing first');
    await userEvent.keyboard('{ArrowLeft}');
    await vi.waitFor(() => expect(deepActiveElement()?.id).toBe('tab-inbox'));

    const [first, second] = findAll<HTMLButtonElement>(inbox, 'tbody button.open');
    first?.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(deepActiveElement()).toBe(second);
    await userEvent.keyboard('{ArrowUp}');
    expect(deepActiveElement()).toBe(first);
  });

  it('fires vr-open-referral with the id and opens the case named by `for`', async () => {
    const id = await referToHost();
    const page = mount(`<div>
      <vr-referral-inbox api-base="${sandbox.apiBase}" for="case-view" page-size="100"></vr-referral-inbox>
      <vr-referral-case id="case-view" api-base="${sandbox.apiBase}" organisation-id="${host.id}"></vr-referral-case>
    </div>`);
    const inbox = page.querySelector('vr-referral-inbox') as VrReferralInbox;
    const caseView = page.querySelector('vr-referral-case') as HTMLElement & { referralId?: string; token?: string };
    inbox.token = async () => host.contactToken;
    caseView.token = host.contactToken;
    const opened: OpenReferralEvent[] = [];
    page.addEventListener(OpenReferralEvent.type, (event) => opened.push(event));
    const button = await find<HTMLButtonElement>(inbox, `tr[data-referral-id="${id}"] button.open`);
    button.focus();
    await userEvent.keyboard('{Enter}');
    expect(opened).toHaveLength(1);
    expect(opened[0]).toBeInstanceOf(OpenReferralEvent);
    expect(opened[0]?.detail).toEqual({ referralId: id });
    expect(caseView.referralId).toBe(id);
    expect(button.getAttribute('aria-current')).toBe('true');
    await find(caseView, '#case-title');
  });

  it('shows a new arrival without a reload and announces it politely', async () => {
    const inbox = mountInbox('poll-interval="1"');
    await find(inbox, 'tbody tr');
    const id = await referToHost({ priority: 'immediate' });
    await vi.waitFor(() => expect(rowIds(inbox)).toContain(id), { timeout: 8000 });
    expect(textOf(inbox, '[role="status"]')).toBe('1 new referral arrived.');
  });

  it('says when the referrals cannot be loaded, offers to try again, and passes axe while loading', async () => {
    // Requests to the unreachable API fail at once: each is held until the loading state was checked.
    const fetch = window.fetch.bind(window);
    let release = () => {};
    const holdRequests = () => {
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      vi.spyOn(window, 'fetch').mockImplementation(async (input, init) => {
        await held;
        return fetch(input, init);
      });
    };
    holdRequests();
    const inbox = mount<VrReferralInbox>('<vr-referral-inbox api-base="http://127.0.0.1:9"></vr-referral-inbox>');
    inbox.token = host.contactToken;
    await vi.waitFor(() => expect(textOf(inbox, '.status')).toBe('Loading referrals…'));
    await expectNoAxeViolations(inbox);
    release();
    const alert = await find(inbox, '[role="alert"]');
    expect(alert.textContent).toContain('could not be loaded');
    await expectNoAxeViolations(inbox);
    holdRequests();
    (await find<HTMLButtonElement>(inbox, '[role="alert"] button')).click();
    await vi.waitFor(() => expect(textOf(inbox, '.status')).toBe('Loading referrals…'));
    release();
    vi.restoreAllMocks();
  });

  it('never puts the token in an attribute', async () => {
    const inbox = mountInbox();
    await find(inbox, 'tbody tr');
    expect(inbox.outerHTML).not.toContain(host.contactToken);
    expect(inbox.getAttributeNames()).not.toContain('token');
  });
});
