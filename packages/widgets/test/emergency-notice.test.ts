import { describe, expect, it, vi } from 'vitest';
import '../src/finder/service-finder.js';
import '../src/form/referral-form.js';
import {
  armFault,
  clientWith,
  expectNoAxeViolations,
  find,
  findAll,
  host,
  mount,
  sandbox,
  shadow,
  textOf,
} from './helpers.js';

/** An address nothing listens on: the API is down. */
const downApi = 'http://127.0.0.1:9';

const telLinks = (element: Element) =>
  findAll<HTMLAnchorElement>(element, '.emergency a').map((link) => [link.textContent, link.getAttribute('href')]);

describe('the emergency notice', () => {
  it('shows 112 and 116 006 where 116 006 is in service, even when the API is down', async () => {
    const finder = mount(
      `<vr-service-finder api-base="${downApi}" publishable-key="${host.publishableKey}" country="PT"></vr-service-finder>`,
    );
    await find(finder, '.emergency');
    expect(textOf(finder, '.emergency h2')).toBe('If you are in danger now');
    expect(telLinks(finder)).toEqual([
      ['112', 'tel:112'],
      ['116 006', 'tel:116006'],
    ]);
    await find(finder, '.notice.error');
    expect(shadow(finder).querySelector('.emergency')).not.toBeNull();
    await expectNoAxeViolations(finder);
  });

  it('is there on the first render, before the directory answers', async () => {
    await armFault({ method: 'GET', pathPrefix: '/v1/services', count: 1, action: { kind: 'delay', ms: 1500 } });
    const finder = mount(
      `<vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" country="DE"></vr-service-finder>`,
    );
    await (finder as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    expect(telLinks(finder).map(([text]) => text)).toEqual(['112', '116 006']);
    expect(shadow(finder).querySelector('article.card')).toBeNull();
  });

  it('leaves out 116 006 where it is not in service', async () => {
    const finder = mount(
      `<vr-service-finder api-base="${downApi}" publishable-key="${host.publishableKey}" country="IT"></vr-service-finder>`,
    );
    await find(finder, '.emergency a');
    expect(telLinks(finder)).toEqual([['112', 'tel:112']]);
  });

  it('shows only the member’s own helpline where the country is not known', async () => {
    const finder = mount(
      `<vr-service-finder api-base="${downApi}" publishable-key="${host.publishableKey}" helpline="+351 21 358 79 00" helpline-label="APAV"></vr-service-finder>`,
    );
    await find(finder, '.emergency a');
    expect(textOf(finder, '.emergency p')).toBe('Call your local emergency number now.');
    expect(telLinks(finder)).toEqual([['+351 21 358 79 00', 'tel:+351213587900']]);
    expect(textOf(finder, '.emergency li')).toBe('+351 21 358 79 00 APAV');
  });

  it('adds the phone of the member’s directory entry', async () => {
    const organisation = await clientWith({ publishableKey: host.publishableKey }).organisations.get(host.id);
    const phone = organisation.pointOfContact.phone;
    if (!phone) throw new Error('the seeded host organisation has no phone');
    const finder = mount(
      `<vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" country="FR" organisation-id="${host.id}"></vr-service-finder>`,
    );
    await vi.waitFor(() => expect(telLinks(finder)).toHaveLength(3), { timeout: 10_000 });
    expect(telLinks(finder)[2]).toEqual([phone, `tel:${phone.replace(/[^\d+]/g, '')}`]);
    expect(findAll(finder, '.emergency li')[2]?.textContent).toContain(organisation.name);
  });

  it('can be hidden or replaced by the member', async () => {
    const hidden = mount(`<vr-service-finder api-base="${downApi}" country="PT" emergency="hide"></vr-service-finder>`);
    await find(hidden, 'form[role="search"]');
    expect(shadow(hidden).querySelector('.emergency')).toBeNull();
    const replaced = mount(
      `<vr-service-finder api-base="${downApi}" country="PT"><p slot="emergency">In danger? Call <a href="tel:112">112</a> or our line <a href="tel:+351116006">116 006</a>.</p></vr-service-finder>`,
    );
    const slot = await find<HTMLSlotElement>(replaced, '.emergency slot[name="emergency"]');
    expect(slot.assignedElements().map((element) => element.textContent)).toEqual([
      'In danger? Call 112 or our line 116 006.',
    ]);
    await expectNoAxeViolations(replaced);
  });

  it('speaks the user’s language', async () => {
    const finder = mount(`<vr-service-finder lang="fr" api-base="${downApi}" country="FR"></vr-service-finder>`);
    await vi.waitFor(() => expect(textOf(finder, '.emergency h2')).toBe('Si vous êtes en danger maintenant'));
    expect(textOf(finder, '.emergency li')).toBe('112 Urgences : police, ambulance, pompiers');
  });

  it('opens the self-referral form, and only that one', async () => {
    const self = mount(
      `<vr-referral-form api-base="${downApi}" publishable-key="${host.publishableKey}" country="AT"></vr-referral-form>`,
    );
    await find(self, '.emergency');
    expect(telLinks(self).map(([text]) => text)).toEqual(['112', '116 006']);
    await expectNoAxeViolations(self);
    const professional = mount(
      `<vr-referral-form mode="professional" api-base="${downApi}" country="AT"></vr-referral-form>`,
    );
    await find(professional, '.notice');
    expect(shadow(professional).querySelector('.emergency')).toBeNull();
  });
});
