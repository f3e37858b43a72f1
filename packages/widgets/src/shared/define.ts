/**
 * Registers a custom element unless the tag is already taken, so the npm build and the CDN file
 * (or two copies of either) can meet on one page without "already defined" errors. The first
 * definition wins.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  customElements.define(tag, element);
}
