import { describe, expect, it, vi } from 'vitest';
import '../src/index.js';
import type { VrServiceFinder } from '../src/finder/service-finder.component.js';
import type { VrReferralForm } from '../src/form/referral-form.component.js';
import { ar } from '../src/i18n/locales/ar.js';
import type { VrReferralStatus } from '../src/status/referral-status.component.js';
import { expectNoAxeViolations, find, host, mount, sandbox } from './helpers.js';

describe('right-to-left pages', () => {
  it('lays the finder and the form out from the right in Arabic', async () => {
    const page = mount(`<div lang="ar" dir="rtl">
      <vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" page-size="1"></vr-service-finder>
      <vr-referral-form mode="self" api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}"></vr-referral-form>
    </div>`);
    const finder = page.querySelector('vr-service-finder') as VrServiceFinder;
    const form = page.querySelector('vr-referral-form') as VrReferralForm;

    const card = await find(finder, 'article.card');
    expect(getComputedStyle(card).direction).toBe('rtl');
    const style = getComputedStyle(card);
    expect(style.borderRightWidth).toBe('5px');
    expect(style.borderLeftWidth).toBe('1px');
    const [details, select] = [...card.querySelectorAll('.actions button')] as [HTMLElement, HTMLElement];
    expect(details.getBoundingClientRect().right).toBeGreaterThan(select.getBoundingClientRect().right);

    const checkbox = await find<HTMLInputElement>(form, '#f-assistance-0');
    expect(getComputedStyle(checkbox).direction).toBe('rtl');
    const label = checkbox.labels?.[0] as HTMLLabelElement;
    expect(checkbox.getBoundingClientRect().left).toBeGreaterThan(label.getBoundingClientRect().left);
    const input = await find(form, '#f-caseSummary');
    const formBox = form.getBoundingClientRect();
    expect(Math.round(input.getBoundingClientRect().right)).toBe(Math.round(formBox.right));
  });

  it('lays the follow-up out from the right in Arabic, the show button before the secret', async () => {
    const status = mount<VrReferralStatus>(
      `<vr-referral-status lang="ar" api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}"></vr-referral-status>`,
    );
    await vi.waitFor(async () => expect((await find(status, 'h2')).textContent).toBe(ar.status.title));
    const secret = await find(status, '#secret');
    expect(getComputedStyle(secret).direction).toBe('rtl');
    const show = await find(status, '.secret-row button');
    expect(show.getBoundingClientRect().right).toBeLessThanOrEqual(secret.getBoundingClientRect().left);
    await expectNoAxeViolations(status);
  });

  it('formats numbers and dates for the locale it resolves', async () => {
    const finder = mount<VrServiceFinder>(
      `<vr-service-finder lang="en-GB" api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" page-size="1"></vr-service-finder>`,
    );
    const card = await find(finder, 'article.card');
    const capacity = [...card.querySelectorAll('.row')].find(
      (row) => row.querySelector('dt')?.textContent === 'Capacity',
    );
    expect(capacity?.querySelector('dd')?.textContent).toMatch(/Updated \d{1,2} [A-Z][a-z]{2} \d{4}/);
  });
});
