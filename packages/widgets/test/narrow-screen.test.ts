// Every element in the language whose strings are longest, on a 320 px wide screen: nothing sticks
// out sideways (a phone would scroll or cut it off).
import { describe, expect, it, vi } from 'vitest';
import '../src/index.js';
import type { VrReferralCase } from '../src/case/referral-case.component.js';
import { localeLoaders } from '../src/i18n/locales/loaders.js';
import { workspaceStrings } from '../src/i18n/locales/workspace/index.js';
import type { VrReferralInbox } from '../src/inbox/referral-inbox.component.js';
import { find, host, mount, sandbox } from './helpers.js';
import { referToHost } from './workspace-support.js';

function lengthOf(value: unknown): number {
  if (typeof value === 'string') return value.length;
  if (typeof value === 'function') return String(value).length;
  if (value && typeof value === 'object') return Object.values(value).reduce((sum, part) => sum + lengthOf(part), 0);
  return 0;
}

/** The language whose strings of `loaders` are longest, all put together. */
async function longestLanguage<T>(loaders: Readonly<Record<string, () => Promise<T>>>): Promise<string> {
  const lengths = await Promise.all(
    Object.entries(loaders).map(async ([language, load]) => [language, lengthOf(await load())] as const),
  );
  return lengths.reduce((longest, candidate) => (candidate[1] > longest[1] ? candidate : longest))[0];
}

/**
 * What of `element`'s shadow tree reaches past its sides. What a scrolling box holds (a data table
 * keeps its columns and scrolls sideways, which WCAG 1.4.10 allows) counts only through that box.
 */
function overflowing(element: Element): string[] {
  const box = element.getBoundingClientRect();
  const out: string[] = [];
  const scrolls = (node: Element) => ['auto', 'scroll'].includes(getComputedStyle(node).overflowX);
  const visit = (root: ParentNode) => {
    for (const child of root.children) {
      const rect = child.getBoundingClientRect();
      const shown = rect.width > 0 && !child.classList.contains('visually-hidden');
      if (shown && (rect.right > box.right + 1 || rect.left < box.left - 1)) {
        out.push(
          `<${child.localName}${child.id ? `#${child.id}` : ''}> ${Math.round(rect.left)}–${Math.round(rect.right)}`,
        );
      }
      if (scrolls(child)) continue;
      if (child.shadowRoot) visit(child.shadowRoot);
      visit(child);
    }
  };
  if (element.shadowRoot) visit(element.shadowRoot);
  return out;
}

function narrow<E extends Element>(language: string, markup: string): E {
  return mount<HTMLElement>(`<div lang="${language}" style="width: 320px">${markup}</div>`).firstElementChild as E;
}

describe('a 320 px screen in the longest language', () => {
  it('fits the finder, the form, the follow-up and the quick exit', async () => {
    const language = await longestLanguage(localeLoaders);
    const keys = `api-base="${sandbox.apiBase}" publishable-key="${host.publishableKey}"`;
    const finder = narrow(language, `<vr-service-finder ${keys} page-size="2"></vr-service-finder>`);
    const form = narrow(language, `<vr-referral-form mode="self" ${keys}></vr-referral-form>`);
    const status = narrow(language, `<vr-referral-status ${keys}></vr-referral-status>`);
    const exit = narrow(language, '<vr-quick-exit></vr-quick-exit>');
    await find(finder, 'article.card');
    await find(form, '#f-caseSummary');
    await find(status, '#secret');
    await find(exit, 'button');
    await vi.waitFor(() => expect(finder.shadowRoot?.textContent).not.toContain('Find support'));
    for (const element of [finder, form, status, exit]) {
      expect({ language, element: element.localName, overflowing: overflowing(element) }).toEqual({
        language,
        element: element.localName,
        overflowing: [],
      });
    }
  });

  it('fits the inbox and the case', async () => {
    const language = await longestLanguage(workspaceStrings.loaders);
    const id = await referToHost({ priority: 'urgent' });
    const inbox = narrow<VrReferralInbox>(
      language,
      `<vr-referral-inbox api-base="${sandbox.apiBase}"></vr-referral-inbox>`,
    );
    inbox.token = host.contactToken;
    const view = narrow<VrReferralCase>(
      language,
      `<vr-referral-case api-base="${sandbox.apiBase}" referral-id="${id}" organisation-id="${host.id}"></vr-referral-case>`,
    );
    view.token = host.contactToken;
    view.keys = host.privateKeys;
    await find(inbox, 'tr[data-referral-id]');
    await vi.waitFor(() => expect(view.shadowRoot?.textContent).toContain('Ana Teste'));
    for (const element of [inbox, view]) {
      expect({ language, element: element.localName, overflowing: overflowing(element) }).toEqual({
        language,
        element: element.localName,
        overflowing: [],
      });
    }
  });
});
