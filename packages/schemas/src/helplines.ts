/**
 * The phone numbers a widget may show a victim in danger, per country. A dead number shown to a
 * victim in danger is worse than none, so a number is listed only where it is known to be in
 * service; a member adds its own helpline (from its directory entry) beside these.
 *
 * Sources, checked 2026-12-01:
 * - 112, the single European emergency number, answers in every EU member state
 *   (Directive (EU) 2018/1972, Art. 109).
 * - 116 006, the European helpline for victims of crime, is in service in 13 member states only:
 *   Victim Support Europe, joint statement on 116 006 (April 2023) and its campaign page, which
 *   name the 14 states without it (BE, BG, CY, EL, HU, IT, LT, LU, MT, PL, RO, SK, SI, ES).
 */

export const helplineSources = {
  checked: '2026-12-01',
  emergency: 'Directive (EU) 2018/1972, Art. 109: the single European emergency number 112',
  victims: 'Victim Support Europe, joint statement on the 116 006 helpline for victims of crime (April 2023)',
} as const;

// biome-ignore format: a table of codes reads better folded
/** The EU member states, as ISO 3166-1 alpha-2 codes (Greece is `GR` here, `EL` in EU usage). */
export const euMemberStates = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
] as const;

// biome-ignore format: a table of codes reads better folded
/** The member states where 116 006 is in service (the other 14 do not run it). */
export const victimHelplineStates = [
  'AT', 'HR', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'IE', 'LV', 'NL', 'PT', 'SE',
] as const;

export interface Helpline {
  /** The number as dialled, without spaces (`112`, `116006`). */
  readonly number: string;
  /** The number as shown (`112`, `116 006`). */
  readonly display: string;
  readonly kind: 'emergency' | 'victim-support';
}

export const emergencyHelpline: Helpline = { number: '112', display: '112', kind: 'emergency' };
export const victimHelpline: Helpline = { number: '116006', display: '116 006', kind: 'victim-support' };

const isListed = (list: readonly string[], country: string) => list.includes(country.toUpperCase());

/** The numbers known to be in service in a country, emergency first; empty where none is known. */
export function helplinesFor(country: string): Helpline[] {
  return [
    ...(isListed(euMemberStates, country) ? [emergencyHelpline] : []),
    ...(isListed(victimHelplineStates, country) ? [victimHelpline] : []),
  ];
}
