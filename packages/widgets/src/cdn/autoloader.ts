/**
 * Loads an element's code when its tag first appears in the document — at load, or added later
 * by a single-page app — in the manner of the Web Awesome and Shoelace autoloaders. Each element
 * is a chunk beside the loader (imported relative to the loader's own URL); what the chunks
 * share (lit, the transport) is a chunk of its own, fetched once.
 */

const elementChunks: Readonly<Record<string, () => Promise<unknown>>> = {
  'vr-service-finder': () => import('./service-finder.js'),
  'vr-referral-form': () => import('./referral-form.js'),
  'vr-service-map': () => import('./service-map.js'),
  'vr-referral-status': () => import('./referral-status.js'),
  'vr-referral-inbox': () => import('./referral-inbox.js'),
  'vr-referral-case': () => import('./referral-case.js'),
};

const tags = Object.keys(elementChunks);
const requested = new Set<string>();

function load(tag: string): void {
  const chunk = elementChunks[tag];
  if (!chunk || requested.has(tag) || customElements.get(tag)) return;
  requested.add(tag);
  // A chunk that failed to load (the network dropped) is tried again when the tag next appears.
  chunk().catch(() => requested.delete(tag));
}

function discover(root: Element | Document): void {
  if (root instanceof Element && tags.includes(root.localName)) load(root.localName);
  for (const tag of tags) if (!requested.has(tag) && root.querySelector(tag)) load(tag);
}

/** Starts watching `document`; a second copy of the loader on the same page does nothing. */
export function startAutoloader(document: Document): void {
  const marker = Symbol.for('@victim-referral/widgets autoloader');
  const registry = globalThis as { [marker]?: true };
  if (registry[marker]) return;
  registry[marker] = true;
  discover(document);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(document.documentElement, { childList: true, subtree: true });
}
