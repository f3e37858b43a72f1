import {
  accessibilityFeatures,
  deliveryModes,
  formsOfAssistance,
  ServiceSearchQuery,
  victimTypes,
} from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { acceptsFilterValue } from '../src/finder/filter-values.js';
import { textFilters } from '../src/finder/search-form.js';

const candidates = [
  'FR',
  'fr',
  'FRA',
  'F1',
  'pt',
  'pt-BR',
  'pt-br',
  'english',
  '',
  ' uk',
  ...[victimTypes, formsOfAssistance, deliveryModes, accessibilityFeatures].flatMap((terms) =>
    terms.map((term) => term.code),
  ),
  'no-such-code',
];

describe('the finder’s filter attributes, checked without zod', () => {
  it('accepts exactly the values the contract’s search query accepts, filter by filter', () => {
    for (const name of textFilters) {
      for (const value of candidates) {
        const contract = ServiceSearchQuery.shape[name].safeParse(value).success;
        expect([name, value, acceptsFilterValue[name](value)]).toEqual([name, value, contract]);
      }
    }
  });
});
