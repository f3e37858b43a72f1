/** Which language an element speaks: the nearest `lang` above it, else the browser's. */

const rightToLeftLanguages = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'yi']);

/** The nearest `lang` at or above `element`, crossing shadow roots; `''` when none is set. */
export function nearestLang(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]')?.getAttribute('lang');
    if (lang) return lang;
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return '';
}

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag)[0];
  } catch {
    return undefined;
  }
}

/** The BCP 47 tag an element is in: its nearest `lang`, then the browser's, then `en`. */
export function localeOf(element: Element): string {
  return (
    canonical(nearestLang(element)) ?? canonical(element.ownerDocument.defaultView?.navigator.language ?? '') ?? 'en'
  );
}

/** The language subtag of a locale, lower case: `pt` for `pt-BR`. */
export function languageOf(locale: string): string {
  return (locale.split('-')[0] ?? 'en').toLowerCase();
}

export function directionOf(language: string): 'rtl' | 'ltr' {
  return rightToLeftLanguages.has(language) ? 'rtl' : 'ltr';
}

/**
 * Watches the `lang` attributes that decide an element's language — its own, its parent's nearest,
 * the document's — and calls `onChange` when one changes. Returns the observer to disconnect.
 */
export function observeLang(element: Element, onChange: () => void): MutationObserver {
  const observer = new MutationObserver(onChange);
  const options = { attributes: true, attributeFilter: ['lang'] };
  observer.observe(element, options);
  observer.observe(element.ownerDocument.documentElement, options);
  const parent = element.parentElement?.closest('[lang]');
  if (parent) observer.observe(parent, options);
  return observer;
}
