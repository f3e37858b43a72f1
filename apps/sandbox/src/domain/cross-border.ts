import type { CrossBorder } from '@victim-referral/schemas';

/**
 * The cross-border case file as it stays after consent is withdrawn: countries, stage and language
 * remain for the network's reporting; the crime place and the police reference, which could
 * identify the victim, go.
 */
export function erasedCrossBorder(crossBorder: CrossBorder): CrossBorder {
  const { crimePlace: _place, police, ...rest } = crossBorder;
  if (police === undefined) return rest;
  const { reference: _reference, ...kept } = police;
  return { ...rest, police: kept };
}
