/** The directory: service search, its filters and cursor paging, organisations. */
import { expectThat } from '../check.js';
import type { CheckGroup } from '../runner.js';
import { expectFieldError, expectProblem, expectStatus } from './expect.js';

/** Far more pages than any directory needs at 100 a page; past it, paging is taken to loop. */
const maxPages = 200;

export const directory: CheckGroup = {
  id: 'directory',
  title: 'Directory search and paging',
  async run({ session, check }) {
    const { wire, parties } = session;
    const credential = parties.host.publishableKey;

    await check('a search answers a page of at most `limit` services, each matching the contract', async () => {
      const page = await session.hostPublic.services.search({ limit: 5 });
      expectThat(page.items.length > 0, 'at least one service', 'an empty directory');
      expectThat(page.items.length <= 5, 'at most 5 items', `${page.items.length} items`);
    });

    await check('following nextCursor visits every service once and ends with no nextCursor', async () => {
      const seen = new Set<string>();
      let cursor: string | undefined;
      for (let page = 0; page < maxPages; page++) {
        const query = new URLSearchParams({ limit: '100', ...(cursor !== undefined && { cursor }) });
        const answer = await wire('GET', `/v1/services?${query}`, { credential });
        expectStatus(answer, 200);
        for (const service of answer.body.items as { id: string }[]) {
          expectThat(
            !seen.has(service.id),
            'each service on one page only',
            `${service.id} again on page ${page + 1}`,
            answer,
          );
          seen.add(service.id);
        }
        cursor = answer.body.nextCursor ?? undefined;
        if (cursor === undefined) return;
      }
      expectThat(false, `the last page within ${maxPages} pages`, 'a nextCursor on every page');
    });

    await check("the organisation filter answers only that organisation's services", async () => {
      const page = await session.hostPublic.services.search({ organisation: parties.partner.id, limit: 100 });
      const others = page.items.filter((service) => service.organisationId !== parties.partner.id);
      expectThat(
        others.length === 0,
        `only services of ${parties.partner.id}`,
        `also ${others.map((s) => s.id).join(', ')}`,
      );
    });

    await check('an organisation answers with its public entry', async () => {
      const organisation = await session.hostPublic.organisations.get(parties.partner.id);
      expectThat(organisation.id === parties.partner.id, `organisation ${parties.partner.id}`, organisation.id);
      const all = [];
      for await (const listed of session.hostPublic.organisations.listAll({ limit: 100 })) all.push(listed.id);
      expectThat(all.includes(parties.partner.id), 'it in the list of organisations', `${all.length} others`);
    });

    await check('an unknown service answers 404 not-found', async () => {
      const answer = await wire('GET', `/v1/services/${crypto.randomUUID()}`, { credential });
      expectProblem(answer, 404, 'not-found');
    });

    await check('a limit above 100 is refused with 400 naming /limit', async () => {
      const answer = await wire('GET', '/v1/services?limit=101', { credential });
      expectProblem(answer, 400);
      expectFieldError(answer, '/limit');
    });

    await check('a made-up cursor is refused with 400 invalid-cursor', async () => {
      const answer = await wire('GET', '/v1/services?cursor=bm90LWEtY3Vyc29y', { credential });
      expectProblem(answer, 400, 'invalid-cursor');
    });
  },
};
