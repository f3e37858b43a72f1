/**
 * How fast `<vr-referral-inbox>` shows a point of contact's 1,000 received referrals in headless
 * Chromium (the CDN build): from adding the element to its first rows drawn — every page read from
 * a sandbox on loopback (10 of 100), the victim's details dropped, both boxes sorted by what needs
 * attention first — and the re-render that shows all 1,000 rows at once.
 */
import { createReferralClient } from '@victim-referral/client';
import { startSandbox } from '@victim-referral/sandbox';
import { onBenchPage } from './bench-site.mjs';
import { percentile } from './finder-latency.mjs';

const referralCount = 1_000;
const runs = 5;
const priorities = ['routine', 'urgent', 'immediate'];

/** `count` sealed referrals from a member abroad to `host`, a few at a time. */
async function referToHost(apiBase, abroad, host, count) {
  const client = createReferralClient({
    baseUrl: apiBase,
    auth: { token: abroad.contactToken },
    sealing: { organisationId: abroad.id, privateKeys: abroad.privateKeys },
  });
  const recordedAt = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const create = (index) =>
    client.referrals.create({
      receivingOrganisationId: host.id,
      status: 'sent',
      priority: priorities[index % priorities.length],
      needs: { assistance: ['emotional-support'], victimTypes: ['robbery-theft'] },
      caseSummary: `Bench referral ${index}`,
      victim: { name: `Person ${index}`, languages: ['pt'], contact: { kind: 'do-not-contact' } },
      consent: {
        explicit: true,
        recordedAt,
        method: 'verbal',
        dataShared: ['identity', 'needs', 'case-summary'],
        purposes: ['provide-support'],
        sharedWith: 'receiving-organisation',
        withdrawalExplained: true,
      },
    });
  for (let start = 0; start < count; start += 8) {
    await Promise.all(Array.from({ length: Math.min(8, count - start) }, (_, offset) => create(start + offset)));
  }
}

/** Runs in the page: times `runs` inboxes from insertion to first rows, then to all rows shown. */
async function timeInboxes({ apiBase, token, runs, count }) {
  await customElements.whenDefined('vr-referral-inbox');
  const rowsOf = (inbox) => inbox.shadowRoot?.querySelectorAll('tr[data-referral-id]').length ?? 0;
  const painted = (inbox, wanted) =>
    new Promise((resolve) => {
      const check = () =>
        wanted(rowsOf(inbox)) ? requestAnimationFrame(() => resolve(rowsOf(inbox))) : requestAnimationFrame(check);
      check();
    });
  const results = [];
  for (let run = 0; run < runs; run++) {
    const inbox = document.createElement('vr-referral-inbox');
    inbox.setAttribute('api-base', apiBase);
    inbox.token = token;
    const started = performance.now();
    document.body.append(inbox);
    const firstRows = await painted(inbox, (rows) => rows > 0);
    const firstMs = performance.now() - started;
    const expanding = performance.now();
    inbox.setAttribute('page-size', String(count));
    const allRows = await painted(inbox, (rows) => rows >= count);
    results.push({ firstMs, firstRows, allMs: performance.now() - expanding, allRows });
    inbox.remove();
  }
  return results;
}

export async function inboxRenderRows() {
  const sandbox = await startSandbox({
    port: 0,
    seed: true,
    validateResponses: false,
    rateLimit: { limit: 1e9, createLimit: 1e9 },
  });
  try {
    const [host, abroad] = sandbox.credentials.organisations;
    await referToHost(sandbox.url, abroad, host, referralCount);
    return await onBenchPage(sandbox.url, 'vr-referral-inbox', async (page) => {
      const results = await page.evaluate(timeInboxes, {
        apiBase: sandbox.url,
        token: host.contactToken,
        runs,
        count: referralCount,
      });
      const median = (pick) => percentile(results.map(pick), 50);
      const setting = `${referralCount.toLocaleString('en')} received referrals (routine, urgent, immediate), 1280×800, headless Chromium, median of ${runs}`;
      return [
        {
          name: 'inbox: 1,000 referrals from the API to the first rows, median',
          value: median((result) => result.firstMs),
          unit: 'ms',
          notes: `both boxes read in pages of 100 from the sandbox on loopback, kept without the victim's details, sorted by attention, ${results[0]?.firstRows} rows drawn; ${setting}`,
        },
        {
          name: 'inbox: showing all 1,000 rows at once, median',
          value: median((result) => result.allMs),
          unit: 'ms',
          notes: `re-render from ${results[0]?.firstRows} to ${results[0]?.allRows} rows after page-size changes; ${setting}`,
        },
      ];
    });
  } finally {
    await sandbox.close();
  }
}
