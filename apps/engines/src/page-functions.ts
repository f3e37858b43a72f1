/**
 * Functions that run in the page, sent there as source: each must use nothing but its arguments
 * and the page's globals.
 */

/**
 * The first element (or, with `all`, every element) a deep selector finds: each `>>>` steps into
 * the open shadow root of what the part before it found. Null (or an empty list) while none.
 */
export function deepQuery(selector: string, all: boolean): Element | Element[] | null {
  const parts = selector.split('>>>').map((part) => part.trim());
  let scopes: (Document | ShadowRoot)[] = [document];
  for (const [index, part] of parts.entries()) {
    const found = scopes.flatMap((scope) => [...scope.querySelectorAll(part)]);
    if (index === parts.length - 1) return all ? found : (found[0] ?? null);
    scopes = found.flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : []));
  }
  return all ? [] : null;
}

/** What the test site's page watch (`site/watch.js`) recorded on the current page; nothing elsewhere. */
export function pageRecords(): { consoleErrors: string[]; cspViolations: string[] } {
  const records = (window as { __pageWatch?: { consoleErrors: string[]; cspViolations: string[] } }).__pageWatch;
  return { consoleErrors: [...(records?.consoleErrors ?? [])], cspViolations: [...(records?.cspViolations ?? [])] };
}
