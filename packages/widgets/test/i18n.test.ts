import { describe, expect, it, vi } from 'vitest';
import '../src/quick-exit/quick-exit.js';
import { ar } from '../src/i18n/locales/ar.js';
import { en } from '../src/i18n/locales/en.js';
import { fr } from '../src/i18n/locales/fr.js';
import type { VrQuickExit } from '../src/quick-exit/quick-exit.component.js';
import { find, mount, textOf } from './helpers.js';

const buttonText = (element: Element) => textOf(element, 'button');

describe('language resolution', () => {
  it('uses the element’s own lang first', async () => {
    const element = mount<VrQuickExit>('<vr-quick-exit lang="fr"></vr-quick-exit>');
    await vi.waitFor(() => expect(buttonText(element)).toBe(`${fr.quickExit.emphasis} ${fr.quickExit.button}`));
    expect((await find(element, '.root')).getAttribute('lang')).toBe('fr');
  });

  it('follows the nearest ancestor’s lang, and changes with it', async () => {
    const section = mount('<section lang="fr"><div><vr-quick-exit></vr-quick-exit></div></section>');
    const element = section.querySelector('vr-quick-exit') as VrQuickExit;
    await vi.waitFor(() => expect(buttonText(element)).toContain(fr.quickExit.button));
    section.setAttribute('lang', 'ar');
    await vi.waitFor(() => expect(buttonText(element)).toContain(ar.quickExit.button));
    const root = await find(element, '.root');
    expect(root.getAttribute('dir')).toBe('rtl');
    expect(getComputedStyle(root).direction).toBe('rtl');
  });

  it('falls back to the page’s lang, and to English for a language it does not ship', async () => {
    const html = document.documentElement;
    const previous = html.getAttribute('lang');
    try {
      html.setAttribute('lang', 'fr-CA');
      const element = mount<VrQuickExit>('<vr-quick-exit></vr-quick-exit>');
      await vi.waitFor(() => expect(buttonText(element)).toContain(fr.quickExit.button));
      html.setAttribute('lang', 'ja');
      await vi.waitFor(() => expect(buttonText(element)).toBe(`${en.quickExit.emphasis} ${en.quickExit.button}`));
      expect((await find(element, '.root')).hasAttribute('dir')).toBe(false);
    } finally {
      if (previous === null) html.removeAttribute('lang');
      else html.setAttribute('lang', previous);
    }
  });
});
