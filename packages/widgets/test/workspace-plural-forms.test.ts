import { describe, expect, it, vi } from 'vitest';
import type { PluralForms } from '../src/i18n/plural.js';

/** Every `plural(locale, forms)` call of the workspace's strings, in the order their modules make them. */
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

const { workspaceStrings } = await import('../src/i18n/locales/workspace/index.js');
const englishCalls = calls.length;
const { supportedLocales } = await import('../src/i18n/locales/index.js');

describe('plural messages of the workspace', () => {
  it.each(supportedLocales.filter((locale) => locale !== 'en'))(
    '%s gives every plural message all of its CLDR categories, or only `other`',
    async (locale) => {
      const before = calls.length;
      const strings = await workspaceStrings.loaders[locale]();
      const localeCalls = calls.slice(before);
      expect(localeCalls).toHaveLength(englishCalls);
      for (const call of localeCalls) {
        expect(new Intl.Locale(call.locale).language).toBe(locale);
        const categories = [...new Intl.PluralRules(call.locale).resolvedOptions().pluralCategories].sort();
        const forms = Object.keys(call.forms).sort();
        expect(forms, JSON.stringify(call.forms)).toEqual(forms.length === 1 ? ['other'] : categories);
      }
      expect(strings.inbox.arrived(3)).toContain('3');
      expect(strings.inbox.dueSoon('X')).toContain('X');
    },
  );
});
