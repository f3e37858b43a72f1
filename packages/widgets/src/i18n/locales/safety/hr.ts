/** Croatian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyHr: typeof safetyEn = {
  safety: {
    title: 'Ako ste upravo u opasnosti',
    callNow: 'Pozovite pomoć odmah. Broj za hitne slučajeve besplatan je sa svakog telefona.',
    callLocal: 'Nazovite odmah broj za hitne slučajeve u svojoj zemlji.',
    emergencyLabel: 'Hitne službe: policija, hitna pomoć, vatrogasci',
    victimHelplineLabel: 'Linija za pomoć žrtvama kaznenih djela',
    ownHelplineLabel: 'Naša linija za pomoć',
  },
};
