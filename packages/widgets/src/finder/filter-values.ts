/**
 * Which values of the finder's filter attributes are worth sending: a value the contract's search
 * query would reject is left out, so a typo in the page's markup widens the search instead of
 * breaking it. Checked with the vocabularies and the schemas' patterns, without zod, which the
 * finder's bundle does not carry (a test holds these against `ServiceSearchQuery`).
 */
import {
  accessibilityFeatures,
  countryCodePattern,
  deliveryModes,
  formsOfAssistance,
  languageTagPattern,
  type VocabularyTerm,
  victimTypes,
} from '@victim-referral/schemas';
import type { TextFilter } from './search-form.js';

const isCodeOf =
  (terms: readonly VocabularyTerm<string>[]) =>
  (value: string): boolean =>
    terms.some((term) => term.code === value);

export const acceptsFilterValue: Readonly<Record<TextFilter, (value: string) => boolean>> = {
  country: (value) => countryCodePattern.test(value),
  victimType: isCodeOf(victimTypes),
  assistance: isCodeOf(formsOfAssistance),
  language: (value) => languageTagPattern.test(value),
  delivery: isCodeOf(deliveryModes),
  accessibility: isCodeOf(accessibilityFeatures),
};
