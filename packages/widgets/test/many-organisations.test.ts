import type { OrganisationCreate } from '@victim-referral/schemas';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../src/finder/service-finder.js';
import { clientWith, find, findAll, host, mount, sandbox } from './helpers.js';

const admin = clientWith({ token: sandbox.adminToken });

function organisation(name: string, country: string, language: string): OrganisationCreate {
  return {
    name: `${name} ${crypto.randomUUID().slice(0, 8)}`,
    country,
    languages: [language],
    pointOfContact: { displayName: 'Referrals desk' },
  };
}

/** Fills the network up to 100 organisations, then adds one more: the 101st, beyond the first page. */
async function organisationBeyondTheFirstHundred() {
  let count = 0;
  for await (const _ of admin.organisations.listAll()) count += 1;
  for (; count < 100; count += 1) await admin.admin.createOrganisation(organisation('Filler', 'IS', 'is'));
  const beyond = await admin.admin.createOrganisation(organisation('Sámi victim support', 'NO', 'se'));
  const firstPage = await admin.organisations.list({ limit: 100 });
  expect(firstPage.items.map((item) => item.id)).not.toContain(beyond.id);
  return beyond;
}

describe('a network of more than 100 organisations', () => {
  it('offers every organisation’s country and language and names each one on its cards', async () => {
    const beyond = await organisationBeyondTheFirstHundred();
    const own = clientWith({ token: beyond.credentials.contactToken });
    const template = (await own.services.search({ organisation: host.id, limit: 1 })).items[0];
    if (!template) throw new Error('the seed has no service to copy');
    const { id, createdAt, updatedAt, withdrawnAt, locations, ...fields } = template;
    const service = await own.services.create({
      ...fields,
      organisationId: beyond.id,
      name: `Nordic outreach ${crypto.randomUUID().slice(0, 8)}`,
      serviceArea: { countries: ['NO'] },
      languages: ['se'],
      locations: [],
    });

    const finder = mount(
      `<vr-service-finder api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}"></vr-service-finder>`,
    );
    const country = await find<HTMLSelectElement>(finder, '#filter-country');
    await vi.waitFor(() => expect([...country.options].map((option) => option.value)).toContain('NO'), {
      timeout: 10_000,
    });
    const language = await find<HTMLSelectElement>(finder, '#filter-language');
    expect([...language.options].map((option) => option.value)).toContain('se');
    await userEvent.selectOptions(country, 'NO');
    await userEvent.type(await find(finder, '#query'), service.name);
    await vi.waitFor(() => {
      const card = findAll(finder, 'article.card').find((article) => article.textContent?.includes(service.name));
      expect(card?.textContent).toContain(beyond.name);
    });
  });
});
