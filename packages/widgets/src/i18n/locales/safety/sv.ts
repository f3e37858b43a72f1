/** Swedish strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetySv: typeof safetyEn = {
  safety: {
    title: 'Om du är i fara just nu',
    callNow: 'Ring efter hjälp nu. Larmnumret är gratis från alla telefoner.',
    callLocal: 'Ring larmnumret i ditt land nu.',
    emergencyLabel: 'Nödnummer: polis, ambulans, räddningstjänst',
    victimHelplineLabel: 'Stödlinje för brottsutsatta',
    ownHelplineLabel: 'Vår stödlinje',
  },
};
