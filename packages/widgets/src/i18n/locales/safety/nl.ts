/** Dutch strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyNl: typeof safetyEn = {
  safety: {
    title: 'Als u nu in gevaar bent',
    callNow: 'Bel nu om hulp. Het alarmnummer is gratis vanaf elke telefoon.',
    callLocal: 'Bel nu het alarmnummer van uw land.',
    emergencyLabel: 'Noodgeval: politie, ambulance, brandweer',
    victimHelplineLabel: 'Hulplijn voor slachtoffers van misdrijven',
    ownHelplineLabel: 'Onze hulplijn',
  },
};
