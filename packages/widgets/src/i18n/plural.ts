/** The plural forms of a message; `#` stands for the number, formatted for the locale. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A message that agrees with a number, chosen by the locale's CLDR plural rules:
 * `plural('en', { one: '# service', other: '# services' })(3)` → `3 services`.
 */
export function plural(locale: string, forms: PluralForms): (count: number) => string {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (count) => (forms[rules.select(count)] ?? forms.other).replaceAll('#', numbers.format(count));
}
