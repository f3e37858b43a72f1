import { createReferralClient, type ReferralClient } from '@victim-referral/client';
import type { FaultRule, Referral } from '@victim-referral/schemas';
import axe from 'axe-core';
import { afterEach, expect, inject, vi } from 'vitest';
import { userEvent } from 'vitest/browser';

export const sandbox = inject('sandbox');

/** The seeded organisation whose publishable key a site embeds, and another one to refer to. */
export const [host, other] = sandbox.organisations as [
  (typeof sandbox.organisations)[number],
  (typeof sandbox.organisations)[number],
];

const mounted: Element[] = [];

afterEach(() => {
  for (const element of mounted.splice(0)) element.remove();
});

/** Adds markup to the page for the current test; returns its first element. */
export function mount<E extends Element = HTMLElement>(markup: string): E {
  const container = document.createElement('div');
  container.innerHTML = markup;
  document.body.append(container);
  mounted.push(container);
  return container.firstElementChild as E;
}

export function shadow(element: Element): ShadowRoot {
  const root = element.shadowRoot;
  if (!root) throw new Error(`${element.localName} has no shadow root`);
  return root;
}

/** The first element matching `selector` in the element's shadow root, waiting until it appears. */
export async function find<E extends Element = HTMLElement>(host: Element, selector: string): Promise<E> {
  return vi.waitFor(
    () => {
      const found = shadow(host).querySelector<E>(selector);
      if (!found) throw new Error(`no ${selector} yet`);
      return found;
    },
    { timeout: 10_000, interval: 25 },
  );
}

export function findAll<E extends Element = HTMLElement>(host: Element, selector: string): E[] {
  return [...shadow(host).querySelectorAll<E>(selector)];
}

/** The text of the element matching `selector`, with white space collapsed. */
export function textOf(host: Element, selector: string): string {
  return (shadow(host).querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `limit` presses. */
export async function tabTo(matches: (element: Element) => boolean, limit = 80): Promise<Element> {
  for (let presses = 0; presses < limit; presses += 1) {
    const active = deepActiveElement();
    if (active && matches(active)) return active;
    await userEvent.tab();
  }
  throw new Error('the element was never reached with Tab');
}

/** The visible label of a checkbox or radio, without its hint. */
export function choiceLabel(input: HTMLInputElement): string {
  const label = input.labels?.[0]?.cloneNode(true) as HTMLLabelElement | undefined;
  label?.querySelector('.choice-hint')?.remove();
  return (label?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const byId = (id: string) => (element: Element) => element.id === id;
export const byText = (text: string) => (element: Element) =>
  (element.textContent ?? '').replace(/\s+/g, ' ').trim() === text;

/** Runs axe-core on the element (shadow DOM included) against WCAG 2.0–2.2 A and AA. */
export async function expectNoAxeViolations(element: Element): Promise<void> {
  const results = await axe.run(element, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    nodes: violation.nodes.map((node) => node.target.join(' ')),
  }));
  expect(summary).toEqual([]);
}

export function clientWith(auth: { token: string } | { publishableKey: string }): ReferralClient {
  return createReferralClient({ baseUrl: sandbox.apiBase, auth });
}

type Organisation = (typeof sandbox.organisations)[number];

/** A point of contact's client, with its organisation's private keys to open what it receives. */
export function contactOf(organisation: Organisation): ReferralClient {
  return createReferralClient({
    baseUrl: sandbox.apiBase,
    auth: { token: organisation.contactToken },
    sealing: { organisationId: organisation.id, privateKeys: organisation.privateKeys },
  });
}

/** A referral of `organisation`'s inbox or outbox, its sealed copy opened with the organisation's keys. */
export async function openedReferral(organisation: Organisation, id: string) {
  const client = contactOf(organisation);
  return client.referrals.open(await client.referrals.get(id));
}

/** Every referral in `organisation`'s inbox whose (opened) case summary is `summary`, as stored. */
export async function inboxReferrals(organisation: Organisation, summary: string): Promise<Referral[]> {
  const client = contactOf(organisation);
  const found: Referral[] = [];
  for await (const referral of client.referrals.listAll({ box: 'inbox' })) {
    if ((await client.referrals.open(referral)).caseSummary === summary) found.push(referral);
  }
  return found;
}

/** Arms sandbox fault injection for the next matching requests. */
export async function armFault(rule: FaultRule): Promise<void> {
  await clientWith({ token: sandbox.adminToken }).admin.armFaults(rule);
}

/** Whether `text` is in any of the element's own fields, symbol-keyed ones too (Lit keeps its state there), as JSON. */
export function holdsInMemory(element: Element, text: string): boolean {
  return Reflect.ownKeys(element).some((key) => {
    try {
      return JSON.stringify(Reflect.get(element, key))?.includes(text) ?? false;
    } catch {
      return false;
    }
  });
}

/** Whether `text` is in the page's URL, cookies, local or session storage. */
export function leftOnThePage(text: string): boolean {
  const stored = [localStorage, sessionStorage].flatMap((storage) =>
    Object.keys(storage).flatMap((key) => [key, storage.getItem(key) ?? '']),
  );
  return [location.href, document.cookie, ...stored].some((value) => value.includes(text));
}

/** Every call to a console method from now until the test's mocks are restored. */
export function watchConsole(): unknown[][] {
  const calls: unknown[][] = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      calls.push(args);
    });
  }
  return calls;
}

/** The query of every directory search the page sends from now on (restore with `vi.restoreAllMocks`). */
export function watchSearches(): URLSearchParams[] {
  const searches: URLSearchParams[] = [];
  const fetch = window.fetch.bind(window);
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.pathname === '/v1/services') searches.push(url.searchParams);
    return fetch(input, init);
  });
  return searches;
}
