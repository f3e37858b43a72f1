/** Slovenian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetySl: typeof safetyEn = {
  safety: {
    title: 'Če ste ta trenutek v nevarnosti',
    callNow: 'Pokličite pomoč takoj. Klic na številko za nujne primere je brezplačen s katerega koli telefona.',
    callLocal: 'Takoj pokličite številko za nujne primere v svoji državi.',
    emergencyLabel: 'Nujni primeri: policija, reševalci, gasilci',
    victimHelplineLabel: 'Telefon za pomoč žrtvam kaznivih dejanj',
    ownHelplineLabel: 'Naš telefon za pomoč',
  },
};
