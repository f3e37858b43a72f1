import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { QuickExitEvent } from '../src/shared/events.js';
import '../src/quick-exit/quick-exit.js';
import type { VrQuickExit } from '../src/quick-exit/quick-exit.component.js';
import { byText, deepActiveElement, expectNoAxeViolations, find, mount, shadow, tabTo, textOf } from './helpers.js';

async function quickExit(markup = '<vr-quick-exit href="https://example.org/weather"></vr-quick-exit>') {
  const element = mount<VrQuickExit>(markup);
  const navigate = vi.fn<(href: string) => void>();
  element.navigate = navigate;
  await element.updateComplete;
  return { element, navigate };
}

async function pressShift(times: number) {
  for (let press = 0; press < times; press += 1) await userEvent.keyboard('{Shift}');
}

describe('<vr-quick-exit>', () => {
  beforeEach(() => {
    (document.activeElement as HTMLElement | null)?.blur();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a labelled button and its keyboard hint, with no accessibility violations', async () => {
    const { element } = await quickExit();
    const button = await find<HTMLButtonElement>(element, 'button');
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toBe('Emergency Exit this page');
    expect(textOf(element, '#hint')).toBe('Or press the Shift key 3 times');
    expect(button.getAttribute('aria-describedby')).toBe('hint');
    await expectNoAxeViolations(element);
  });

  it('blanks the page, then replaces it with the neutral site, when the button is pressed', async () => {
    const { element, navigate } = await quickExit();
    (await find<HTMLButtonElement>(element, 'button')).click();
    const overlay = await find(element, '.overlay');
    const box = overlay.getBoundingClientRect();
    expect(box.width).toBe(window.innerWidth);
    expect(box.height).toBe(window.innerHeight);
    expect(getComputedStyle(overlay).position).toBe('fixed');
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('https://example.org/weather'));
    expect(navigate).toHaveBeenCalledTimes(1);
  });

  it('tells the page it is leaving (vr-quick-exit reaching the window) before it navigates', async () => {
    const { element, navigate } = await quickExit();
    const heard: boolean[] = [];
    const listener = () => heard.push(navigate.mock.calls.length === 0);
    window.addEventListener(QuickExitEvent.type, listener);
    (await find<HTMLButtonElement>(element, 'button')).click();
    window.removeEventListener(QuickExitEvent.type, listener);
    expect(heard).toEqual([true]);
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  });

  it('exits on Shift pressed three times, announcing the presses left', async () => {
    const { element, navigate } = await quickExit();
    await pressShift(1);
    await vi.waitFor(() => expect(textOf(element, '[role="status"]')).toBe('Shift, press 2 more times to exit.'));
    await pressShift(1);
    await vi.waitFor(() => expect(textOf(element, '[role="status"]')).toBe('Shift, press 1 more time to exit.'));
    expect(navigate).not.toHaveBeenCalled();
    await pressShift(1);
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('https://example.org/weather'));
    expect(textOf(element, '[role="alert"]')).toBe('Loading.');
  });

  it('starts counting again when another key is pressed between the Shifts', async () => {
    const { element, navigate } = await quickExit();
    await pressShift(2);
    await userEvent.keyboard('a');
    await pressShift(2);
    await element.updateComplete;
    expect(navigate).not.toHaveBeenCalled();
    await pressShift(1);
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledTimes(1));
  });

  it('expires when the three presses take longer than five seconds', async () => {
    const { element, navigate } = await quickExit();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    await pressShift(2);
    vi.advanceTimersByTime(5000);
    await element.updateComplete;
    expect(textOf(element, '[role="status"]')).toBe('Exit this page expired.');
    await pressShift(1);
    await element.updateComplete;
    expect(navigate).not.toHaveBeenCalled();
    expect(textOf(element, '[role="status"]')).toBe('Shift, press 2 more times to exit.');
  });

  it('is reached and pressed with the keyboard alone', async () => {
    const { navigate } = await quickExit();
    const button = await tabTo(byText('Emergency Exit this page'));
    expect(button).toBe(deepActiveElement());
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('https://example.org/weather'));
  });

  it('never navigates to a script URL', async () => {
    const { element, navigate } = await quickExit('<vr-quick-exit href="javascript:alert(1)"></vr-quick-exit>');
    element.exit();
    await vi.waitFor(() => expect(navigate).toHaveBeenCalledWith('https://www.bbc.co.uk/weather'));
  });
  it('explains, behind a disclosure, what the exit cannot hide and how to stay safe online', async () => {
    const { element } = await quickExit(
      '<vr-quick-exit href="https://example.org/weather" safety-href="/staying-safe"></vr-quick-exit>',
    );
    const advice = await find<HTMLDetailsElement>(element, 'details[part="safety"]');
    expect(advice.open).toBe(false);
    expect(textOf(element, 'summary')).toBe('Staying safe online');
    await tabTo(byText('Staying safe online'));
    await userEvent.keyboard('{Enter}');
    expect(advice.open).toBe(true);
    expect(advice.textContent).toContain('it cannot remove it from your browsing history');
    expect([...advice.querySelectorAll('li')].map((item) => item.textContent)).toHaveLength(3);
    const more = advice.querySelector('a');
    expect(more?.textContent).toBe('More about staying safe online');
    expect(more?.getAttribute('href')).toBe(new URL('/staying-safe', document.baseURI).href);
    await expectNoAxeViolations(element);
  });

  it('gives the advice in the page’s language, and leaves it out when the page gives its own', async () => {
    const { element } = await quickExit('<vr-quick-exit lang="de"></vr-quick-exit>');
    await vi.waitFor(() => expect(textOf(element, 'summary')).toBe('Sicher im Internet'));
    expect(shadow(element).querySelector('details a')).toBeNull();
    element.setAttribute('hide-safety-advice', '');
    expect(shadow(element).querySelector<HTMLDetailsElement>('details')?.hidden).toBe(true);
  });
});
