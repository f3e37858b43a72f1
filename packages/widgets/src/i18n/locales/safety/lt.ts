/** Lithuanian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyLt: typeof safetyEn = {
  safety: {
    title: 'Jei dabar esate pavojuje',
    callNow: 'Kvieskite pagalbą dabar. Skambinti pagalbos numeriu nemokama iš bet kurio telefono.',
    callLocal: 'Dabar skambinkite savo šalies pagalbos numeriu.',
    emergencyLabel: 'Pagalba: policija, greitoji, ugniagesiai',
    victimHelplineLabel: 'Pagalbos linija nusikaltimų aukoms',
    ownHelplineLabel: 'Mūsų pagalbos linija',
  },
};
