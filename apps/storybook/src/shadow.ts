import type { ReactiveElement } from 'lit';
import { within } from 'storybook/test';

/**
 * Testing Library queries inside the widget `selector` of the story: the widgets render into shadow
 * DOM, which queries on the canvas do not enter. The queries are scoped to the element the widget
 * renders at the top of its shadow root (Testing Library's containers must be elements).
 */
export async function shadowOf(canvasElement: HTMLElement, selector: string) {
  const host = canvasElement.querySelector<ReactiveElement>(selector);
  if (!host) throw new Error(`The story has no ${selector}`);
  await customElements.whenDefined(host.localName);
  await host.updateComplete;
  const content = host.shadowRoot?.firstElementChild;
  if (!(content instanceof HTMLElement)) throw new Error(`${selector} rendered nothing`);
  return within(content);
}
