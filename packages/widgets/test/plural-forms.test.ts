import { describe, expect, it, vi } from 'vitest';
import type { PluralForms } from '../src/i18n/plural.js';

/** Every `plural(locale, forms)` call, in the order the locale modules make them when loaded. */
const calls = vi.hoisted(() => [] as { locale: string; forms: PluralForms }[]);

vi.mock('../src/i18n/plural.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../src/i18n/plural.js')>();
  return {
    plural: (locale: string, forms: PluralForms) => {
      calls.push({ locale, forms });
      return original.plural(locale, forms);
    },
  };
});

const { supportedLocales } = await import('../src/i18n/locales/index.js');
const parts = await Promise.all([
  import('../src/i18n/locales/finder/index.js').then((m) => m.finderStrings),
  import('../src/i18n/locales/form/index.js').then((m) => m.formStrings),
  import('../src/i18n/locales/status/index.js').then((m) => m.statusStrings),
  import('../src/i18n/locales/safety/index.js').then((m) => m.safetyStrings),
  import('../src/i18n/locales/quick-exit/index.js').then((m) => m.quickExitStrings),
]);
const englishCalls = calls.length;

/** The plural calls a locale's modules make: English's at import, every other one's when loaded. */
async function pluralCallsOf(locale: (typeof supportedLocales)[number]) {
  if (locale === 'en') return calls.slice(0, englishCalls);
  const before = calls.length;
  for (const part of parts) await part.loaders[locale]();
  return calls.slice(before);
}

describe('plural messages', () => {
  it.each(supportedLocales)(
    '%s gives every plural message all of its CLDR categories, or only `other`',
    async (locale) => {
      const localeCalls = await pluralCallsOf(locale);
      expect(localeCalls).toHaveLength(englishCalls);
      for (const call of localeCalls) {
        // A regional variant of the language is fine: Portuguese follows pt-PT's rules.
        expect(new Intl.Locale(call.locale).language).toBe(locale);
        const categories = [...new Intl.PluralRules(call.locale).resolvedOptions().pluralCategories].sort();
        const forms = Object.keys(call.forms).sort();
        expect(forms, JSON.stringify(call.forms)).toEqual(forms.length === 1 ? ['other'] : categories);
      }
    },
  );
});
