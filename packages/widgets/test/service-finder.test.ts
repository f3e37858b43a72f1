import type { Service } from '@victim-referral/schemas';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/finder/service-finder.js';
import type { VrServiceFinder } from '../src/finder/service-finder.component.js';
import { automaticRetries } from '../src/shared/client.js';
import type { ServiceSelectEvent } from '../src/shared/events.js';
import {
  armFault,
  clientWith,
  deepActiveElement,
  expectNoAxeViolations,
  find,
  findAll,
  host,
  mount,
  sandbox,
  shadow,
  textOf,
} from './helpers.js';

function finderMarkup(attributes = '') {
  return `<vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}" ${attributes}></vr-service-finder>`;
}

async function finderWithResults(attributes = ''): Promise<VrServiceFinder> {
  const finder = mount<VrServiceFinder>(finderMarkup(attributes));
  await find(finder, 'article.card');
  return finder;
}

const cardNames = (finder: Element) => findAll(finder, 'article.card h3').map((h) => h.textContent?.trim());

describe('<vr-service-finder>', () => {
  it('lists services as cards, announces how many, and has no accessibility violations', async () => {
    const finder = await finderWithResults('page-size="5"');
    const cards = findAll(finder, 'article.card');
    expect(cards).toHaveLength(5);
    await vi.waitFor(() =>
      expect(textOf(finder, '[role="status"]')).toBe('5 services shown. More services are available.'),
    );
    const first = cards[0] as HTMLElement;
    const factsOfFirstCard = () =>
      Object.fromEntries(
        [...first.querySelectorAll('.row')].map((row) => [
          row.querySelector('dt')?.textContent?.trim(),
          row.querySelector('dd')?.textContent?.replace(/\s+/g, ' ').trim(),
        ]),
      );
    // Organisation names arrive with a second request, after the cards.
    await vi.waitFor(() =>
      expect(Object.keys(factsOfFirstCard())).toEqual(
        expect.arrayContaining([
          'Organisation',
          'Country',
          'Languages',
          'How support is given',
          'Opening hours',
          'Capacity',
        ]),
      ),
    );
    const facts = factsOfFirstCard();
    expect(facts['Opening hours']).toMatch(/^(Open now, until .+|Closed now\. Opens .+|Open 24 hours, every day)$/);
    await expectNoAxeViolations(finder);
  });

  it('applies preset filters from its attributes', async () => {
    const finder = await finderWithResults('country="FR" free-of-charge');
    const select = await find<HTMLSelectElement>(finder, '#filter-country');
    await vi.waitFor(() => expect(select.value).toBe('FR'));
    expect((await find<HTMLInputElement>(finder, '#filter-freeOfCharge')).checked).toBe(true);
    const countries = findAll(finder, 'article.card .row')
      .filter((row) => row.querySelector('dt')?.textContent === 'Country')
      .map((row) => row.querySelector('dd')?.textContent);
    expect(countries.length).toBeGreaterThan(0);
    expect(new Set(countries)).toEqual(new Set(['France']));
  });

  it('searches as the user types, after a pause', async () => {
    const finder = await finderWithResults();
    const input = await find<HTMLInputElement>(finder, '#query');
    await userEvent.fill(input, 'Tallinn');
    await vi.waitFor(() => {
      const names = cardNames(finder);
      expect(names.length).toBeGreaterThan(0);
      expect(names.every((name) => name?.includes('Tallinn'))).toBe(true);
    });
  });

  it('shows the empty state when nothing matches', async () => {
    const finder = await finderWithResults();
    await userEvent.fill(await find<HTMLInputElement>(finder, '#query'), 'qqqzzzxxnothing');
    await vi.waitFor(() => expect(textOf(finder, '[part="status"] h3')).toBe('No services match your search'));
    // Typing is announced once it settles, not per keystroke.
    expect(textOf(finder, '[role="status"]')).not.toBe('No services match your search');
    await vi.waitFor(() => expect(textOf(finder, '[role="status"]')).toBe('No services match your search'));
    await expectNoAxeViolations(finder);
  });

  it('shows the loading state while a search is under way', async () => {
    await armFault({ method: 'GET', pathPrefix: '/v1/services', count: 1, action: { kind: 'delay', ms: 1500 } });
    const finder = mount<VrServiceFinder>(finderMarkup());
    await vi.waitFor(() => expect(textOf(finder, '[part="status"]')).toBe('Searching for services…'));
    await expectNoAxeViolations(finder);
    await find(finder, 'article.card');
  });

  it('shows an error with a retry that recovers', async () => {
    await armFault({
      method: 'GET',
      pathPrefix: '/v1/services',
      count: automaticRetries + 1,
      action: { kind: 'error', status: 503 },
    });
    const finder = mount<VrServiceFinder>(finderMarkup());
    const retry = await find<HTMLButtonElement>(finder, '[part~="retry-button"]');
    expect(textOf(finder, '[part="status"] h3')).toBe('Services could not be loaded');
    expect(textOf(finder, '[role="status"]')).toBe('Services could not be loaded');
    await expectNoAxeViolations(finder);
    retry.click();
    await find(finder, 'article.card');
  });

  it('loads more results and moves the focus to the first new one', async () => {
    const finder = await finderWithResults('page-size="3"');
    const firstPage = cardNames(finder);
    (await find<HTMLButtonElement>(finder, '[part~="load-more"]')).click();
    await vi.waitFor(() => expect(findAll(finder, 'article.card')).toHaveLength(6));
    const names = cardNames(finder);
    expect(names.slice(0, 3)).toEqual(firstPage);
    expect(new Set(names).size).toBe(6);
    await vi.waitFor(() => expect(deepActiveElement()).toBe(findAll(finder, 'article.card')[3]));
    await vi.waitFor(() =>
      expect(textOf(finder, '[role="status"]')).toBe('6 services shown. More services are available.'),
    );
  });

  it('opens a detail view, returns to the results, and emits the chosen service', async () => {
    const finder = await finderWithResults('page-size="2"');
    const card = findAll(finder, 'article.card')[1] as HTMLElement;
    const name = card.querySelector('h3')?.textContent?.trim();
    (card.querySelector('[part~="details-button"]') as HTMLButtonElement).click();
    const title = await find(finder, '#detail-title');
    expect(title.textContent?.trim()).toBe(name);
    await vi.waitFor(() => expect(deepActiveElement()).toBe(title));
    expect(textOf(finder, '.detail')).toContain('Help offered');
    await expectNoAxeViolations(finder);

    (shadow(finder).querySelector('.detail [part~="back-button"]') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(deepActiveElement()?.textContent?.trim()).toBe('More details'));
    expect(deepActiveElement()?.closest('article')?.querySelector('h3')?.textContent?.trim()).toBe(name);

    const chosen = new Promise<ServiceSelectEvent>((resolve) =>
      finder.addEventListener('vr-service-select', resolve, { once: true }),
    );
    const secondCard = findAll(finder, 'article.card')[1] as HTMLElement;
    (secondCard.querySelector('[part~="select-button"]') as HTMLButtonElement).click();
    const event = await chosen;
    expect(event.bubbles && event.composed).toBe(true);
    expect(event.service.name).toBe(name);
    expect(event.detail.service).toBe(event.service);
    const fresh: Service = await clientWith({ publishableKey: host.publishableKey }).services.get(event.service.id);
    expect(fresh.name).toBe(name);
  });

  it('renders service text as text, never as markup', async () => {
    const admin = clientWith({ token: sandbox.adminToken });
    const [template] = (await admin.services.search({ limit: 1 })).items as [Service];
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = template;
    const created = await admin.admin.createService({
      ...fields,
      locations: [], // answers may leave coordinates out (confidential locations); a create needs them
      name: 'Markup <img src=x onerror=alert(1)> test',
      description: '<script>alert(1)</script>',
    });
    const finder = await finderWithResults(`organisation-id="${created.organisationId}"`);
    await userEvent.fill(await find<HTMLInputElement>(finder, '#query'), 'Markup');
    await vi.waitFor(() => expect(cardNames(finder)).toContain('Markup <img src=x onerror=alert(1)> test'));
    expect(shadow(finder).querySelector('article img')).toBeNull();
  });
});
