import type { Service, ServiceCreate } from '@victim-referral/schemas';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/finder/service-finder.js';
import type { VrServiceFinder } from '../src/finder/service-finder.component.js';
import { clientWith, expectNoAxeViolations, find, findAll, host, mount, sandbox, shadow, textOf } from './helpers.js';

function finderMarkup(attributes = '') {
  return `<vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" ${attributes}></vr-service-finder>`;
}

/** The query of every directory search the page sends from now on. */
function watchSearches(): URLSearchParams[] {
  const searches: URLSearchParams[] = [];
  const fetch = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === '/v1/services') searches.push(url.searchParams);
    return fetch(input, init);
  });
  return searches;
}

/** A service of the host organisation, paused, with places counted, findable by its unique name. */
async function pausedService(): Promise<Service> {
  const client = clientWith({ token: host.contactToken });
  const template = (await client.services.search({ organisation: host.id, limit: 1 })).items[0];
  if (!template) throw new Error('the seed has no service for the host organisation');
  const { id, createdAt, updatedAt, withdrawnAt, locations, ...fields } = template;
  const body: ServiceCreate = {
    ...fields,
    name: `Paused shelter ${crypto.randomUUID().slice(0, 8)}`,
    locations: [],
    acceptingReferrals: false,
    capacity: { status: 'full', available: 0, maximum: 8, updatedAt: new Date().toISOString() },
  };
  return client.services.create(body);
}

describe('the finder’s filters of protocol 1.1', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('searches by accessibility, age, taking referrals and interpreting', async () => {
    const searches = watchSearches();
    const finder = mount<VrServiceFinder>(finderMarkup());
    await find(finder, 'article.card');
    const accessibility = await find<HTMLSelectElement>(finder, '#filter-accessibility');
    expect(accessibility.labels?.[0]?.textContent).toBe('Accessibility');
    const feature = accessibility.options[1];
    if (!feature) throw new Error('no accessibility options');
    await userEvent.selectOptions(accessibility, feature.value);
    await userEvent.type(await find(finder, '#filter-age'), '70');
    await userEvent.tab();
    await userEvent.click(await find(finder, '#filter-acceptingReferrals'));
    await userEvent.click(await find(finder, '#filter-interpretation'));
    await vi.waitFor(() =>
      expect(Object.fromEntries(searches.at(-1) ?? [])).toMatchObject({
        accessibility: feature.value,
        age: '70',
        acceptingReferrals: 'true',
        interpretation: 'true',
      }),
    );
    await vi.waitFor(() => expect(shadow(finder).querySelector('[part~="status"], article.card')).not.toBeNull());
    await expectNoAxeViolations(finder);
    await userEvent.click(await find(finder, '[part~="clear-button"]'));
    await vi.waitFor(() => expect([...(searches.at(-1)?.keys() ?? [])]).toEqual(['limit']));
    expect((await find<HTMLInputElement>(finder, '#filter-age')).value).toBe('');
  });

  it('explains an age it cannot use, and does not send it', async () => {
    const searches = watchSearches();
    const finder = mount<VrServiceFinder>(finderMarkup());
    await find(finder, 'article.card');
    const age = await find<HTMLInputElement>(finder, '#filter-age');
    await userEvent.type(age, '130');
    await userEvent.tab();
    await vi.waitFor(() =>
      expect(textOf(finder, '#filter-age-error')).toBe('Enter an age from 0 to 120, in whole years'),
    );
    expect(age.getAttribute('aria-invalid')).toBe('true');
    expect(age.getAttribute('aria-describedby')).toBe('filter-age-hint filter-age-error');
    expect(searches.every((query) => !query.has('age'))).toBe(true);
    await expectNoAxeViolations(finder);
  });

  it('shows a paused service with a badge and its places, and it cannot be chosen', async () => {
    const service = await pausedService();
    const finder = mount<VrServiceFinder>(finderMarkup());
    await find(finder, 'article.card');
    const selected = vi.fn();
    finder.addEventListener('vr-service-select', selected);
    await userEvent.type(await find(finder, '#query'), service.name);
    const card = await vi.waitFor(() => {
      const found = findAll(finder, 'article.card').find((article) => article.textContent?.includes(service.name));
      if (!found) throw new Error('not shown yet');
      return found;
    });
    expect(card.querySelector('[part~="paused-badge"]')?.textContent).toBe('Not taking referrals now');
    const capacity = [...card.querySelectorAll('.row')].find(
      (row) => row.querySelector('dt')?.textContent === 'Capacity',
    );
    expect(capacity?.querySelector('dd')?.textContent).toMatch(
      /^Not accepting new cases · 0 places free · 8 places in all · Updated /,
    );
    const select = card.querySelector<HTMLButtonElement>('[part~="select-button"]');
    expect(select?.disabled).toBe(true);
    const reason = shadow(finder).getElementById(`paused-${service.id}`);
    expect(reason?.textContent).toContain('is not taking new referrals at the moment');
    expect(select?.getAttribute('aria-describedby')?.split(' ')).toContain(`paused-${service.id}`);
    select?.click();
    await expectNoAxeViolations(finder);
    card.querySelector<HTMLButtonElement>('[part~="details-button"]')?.click();
    const detailSelect = await find<HTMLButtonElement>(finder, '.detail [part~="select-button"]');
    expect(detailSelect.disabled).toBe(true);
    await expectNoAxeViolations(finder);
    expect(selected).not.toHaveBeenCalled();
  });
});
