import { describe, expect, it } from 'vitest';
import { euMemberStates, helplinesFor, victimHelplineStates } from '../src/index.js';

/** The 14 member states that Victim Support Europe names as not running 116 006 (April 2023). */
const withoutVictimHelpline = ['BE', 'BG', 'CY', 'GR', 'HU', 'IT', 'LT', 'LU', 'MT', 'PL', 'RO', 'SK', 'SI', 'ES'];

const numbers = (country: string) => helplinesFor(country).map((helpline) => helpline.display);

describe('helplinesFor', () => {
  it('lists 27 member states, split 13 with 116 006 and 14 without', () => {
    expect(new Set(euMemberStates).size).toBe(27);
    expect(victimHelplineStates).toHaveLength(13);
    expect([...victimHelplineStates, ...withoutVictimHelpline].sort()).toEqual([...euMemberStates].sort());
  });

  it.each(victimHelplineStates)('shows 112 and 116 006 in %s', (country) => {
    expect(numbers(country)).toEqual(['112', '116 006']);
  });

  it.each(withoutVictimHelpline)('shows 112 but never 116 006 in %s', (country) => {
    expect(numbers(country)).toEqual(['112']);
  });

  it('shows no number it cannot vouch for outside the EU', () => {
    for (const country of ['GB', 'UA', 'NO', 'CH', 'TR', 'XX']) expect(numbers(country)).toEqual([]);
  });

  it('reads lower-case country codes', () => {
    expect(numbers('pt')).toEqual(['112', '116 006']);
  });

  it('gives the dialled form without spaces', () => {
    expect(helplinesFor('DE').map((helpline) => helpline.number)).toEqual(['112', '116006']);
  });
});
