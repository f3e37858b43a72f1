import { describe, expect, it, vi } from 'vitest';
import type { PluralForms } from '../src/i18n/plural.js';

/** Every `plural()` call the locale modules make, recorded as they load. */
const calls = vi.hoisted(() => [] as { locale: string; forms: PluralForms }[]);

vi.mock('../src/i18n/plural.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/i18n/plural.js')>();
  return {
    plural: (locale: string, forms: PluralForms) => {
      calls.push({ locale, forms });
      return actual.plural(locale, forms);
    },
  };
});

const { strings, supportedLocales } = await import('../src/i18n/locales/index.js');
await Promise.all(Object.values(strings.loaders).map((load) => load()));

const messagesIn = (locale: string) => calls.filter((call) => new Intl.Locale(call.locale).language === locale);

describe('plural messages', () => {
  it.each(supportedLocales)('%s writes every plural message in its own CLDR categories only', (locale) => {
    const categories: string[] = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    expect(messagesIn(locale)).toHaveLength(messagesIn('en').length);
    for (const { forms } of messagesIn(locale)) {
      expect(categories).toEqual(expect.arrayContaining(Object.keys(forms)));
    }
  });
});
