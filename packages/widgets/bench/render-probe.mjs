/**
 * Runs in the page (passed to `page.evaluate`, so it must not use anything from this module's
 * scope): times one user action on the finder at a time, from the action's first input event to
 * the DOM commit of the search results it led to.
 *
 * The signal comes from the finder's render (service-finder.component.ts): while a search runs, the
 * shadow root holds a `<p part="status">` notice, or — when earlier results stay on screen — the
 * results list marked `aria-busy="true"`; once the answer is rendered, it holds the results list
 * (not busy), or the empty or error notice (a `<div part="status">`) instead. Lit commits a render in a
 * microtask, so a MutationObserver callback runs right after the commit, before the next frame.
 */
export function installRenderProbe() {
  const root = document.querySelector('vr-service-finder')?.shadowRoot;
  if (!root) throw new Error('no rendered <vr-service-finder> on the page');
  const searching = () => root.querySelector('p[part="status"], ul[part="results"][aria-busy="true"]') !== null;
  const answered = () => root.querySelector('ul[part="results"][aria-busy="false"], div[part="status"]') !== null;
  let current;

  const onInput = (event) => {
    if (current && current.inputAt === undefined) current.inputAt = event.timeStamp;
  };
  for (const type of ['keydown', 'input', 'pointerdown']) document.addEventListener(type, onInput, true);

  new MutationObserver(() => {
    if (!current || current.inputAt === undefined || current.renderedAt !== undefined) return;
    const now = performance.now();
    if (current.searchStartedAt === undefined) {
      if (searching()) current.searchStartedAt = now;
    } else if (!searching() && answered()) {
      current.renderedAt = now;
      current.resolve();
    }
  }).observe(root, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-busy'],
  });

  window.__renderProbe = {
    arm() {
      performance.clearResourceTimings();
      current = {};
      current.done = new Promise((resolve) => {
        current.resolve = resolve;
      });
    },
    /** The timings of the armed action, or null if it led to no rendered search within `timeoutMs`. */
    async result(timeoutMs) {
      const action = current;
      const finished = await Promise.race([
        action.done.then(() => true),
        new Promise((resolve) => setTimeout(() => resolve(false), timeoutMs)),
      ]);
      current = undefined;
      if (!finished) return null;
      // Read last: the resource entry of the search may be queued after the render it fed.
      const request = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.includes('/v1/services') && entry.startTime >= action.inputAt)
        .at(-1);
      return {
        inputToSearchMs: action.searchStartedAt - action.inputAt,
        searchToRenderMs: action.renderedAt - action.searchStartedAt,
        inputToRenderMs: action.renderedAt - action.inputAt,
        requestMs: request?.duration ?? null,
        cards: root.querySelectorAll('article.card').length,
        error: root.querySelector('.error') !== null,
      };
    },
  };
}
