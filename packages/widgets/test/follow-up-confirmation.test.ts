import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/form/referral-form.js';
import '../src/quick-exit/quick-exit.js';
import type { VrReferralForm } from '../src/form/referral-form.component.js';
import type { VrQuickExit } from '../src/quick-exit/quick-exit.component.js';
import type { ReferralSubmittedEvent } from '../src/shared/events.js';
import { fillSelfReferral, submit } from './form-steps.js';
import {
  clientWith,
  expectNoAxeViolations,
  find,
  findAll,
  holdsInMemory,
  host,
  leftOnThePage,
  mount,
  sandbox,
  textOf,
  watchConsole,
} from './helpers.js';

/** A self-referral sent: the form on its confirmation, the event it fired, and the secret shown. */
async function sentSelfReferral() {
  const form = mount<VrReferralForm>(
    `<vr-referral-form mode="self" api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" organisation-id="${host.id}"></vr-referral-form>`,
  );
  await find(form, '#step-title');
  await fillSelfReferral(form, `Follow-up confirmation ${crypto.randomUUID()}`);
  const event = new Promise<ReferralSubmittedEvent>((resolve) =>
    form.addEventListener('vr-referral-submitted', resolve, { once: true }),
  );
  await submit(form);
  const { detail } = await event;
  const shown = await find(form, '[part="follow-up-secret"]');
  return { form, detail, secret: (shown.textContent ?? '').replace(/\s+/g, '') };
}

describe('<vr-referral-form> follow-up after a self-referral', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the reference and the one-time secret to write down, and keeps the secret only on screen', async () => {
    const consoleCalls = watchConsole();
    const { form, detail, secret } = await sentSelfReferral();
    const view = await clientWith({ publishableKey: host.publishableKey }).followUp.status({
      reference: detail.reference,
      secret,
    });
    expect(view).toMatchObject({ reference: detail.reference, status: 'sent' });

    const notice = textOf(form, '[part="follow-up"]');
    expect(notice).toContain('To check your request later, write these down');
    expect(notice).toContain(detail.reference);
    expect(notice).toContain('Do not take a screenshot or a photo if someone else may use or look at this phone');
    expect(findAll(form, 'button').map((button) => button.textContent?.trim())).toEqual([
      'I have written it down: hide the code',
    ]);
    expect(JSON.stringify(detail)).not.toContain(secret);
    expect(Object.keys(detail).sort()).toEqual(['reference', 'referralId']);
    expect(leftOnThePage(secret)).toBe(false);
    expect(JSON.stringify(consoleCalls)).not.toContain(secret);
    await expectNoAxeViolations(form);

    (await find<HTMLButtonElement>(form, '[part="follow-up"] button')).click();
    await form.updateComplete;
    expect(textOf(form, '[part="follow-up"]')).toBe('The secret code is hidden and is not kept on this device.');
    expect(textOf(form, '[part="reference"]')).toBe(detail.reference);
    expect(holdsInMemory(form, secret)).toBe(false);
    await expectNoAxeViolations(form);
  });

  it('drops the secret when the page is hidden', async () => {
    const { form, secret } = await sentSelfReferral();
    expect(holdsInMemory(form, secret)).toBe(true);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await form.updateComplete;
    expect(findAll(form, '[part="follow-up-secret"]')).toEqual([]);
    expect(holdsInMemory(form, secret)).toBe(false);
  });

  it('drops the secret on quick exit', async () => {
    const { form, secret } = await sentSelfReferral();
    expect(holdsInMemory(form, secret)).toBe(true);
    const quickExit = mount<VrQuickExit>('<vr-quick-exit></vr-quick-exit>');
    quickExit.navigate = () => undefined;
    quickExit.exit();
    await form.updateComplete;
    expect(holdsInMemory(form, secret)).toBe(false);
  });

  it('drops the secret when the confirmation is left or removed', async () => {
    const first = await sentSelfReferral();
    expect(holdsInMemory(first.form, first.secret)).toBe(true);
    first.form.reset();
    expect(holdsInMemory(first.form, first.secret)).toBe(false);
    const second = await sentSelfReferral();
    second.form.remove();
    expect(holdsInMemory(second.form, second.secret)).toBe(false);
  });
});
