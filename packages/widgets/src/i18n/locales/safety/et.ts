/** Estonian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyEt: typeof safetyEn = {
  safety: {
    title: 'Kui olete praegu ohus',
    callNow: 'Kutsuge kohe abi. Hädaabinumbrile helistamine on igast telefonist tasuta.',
    callLocal: 'Helistage kohe oma riigi hädaabinumbrile.',
    emergencyLabel: 'Hädaabi: politsei, kiirabi, päästeamet',
    victimHelplineLabel: 'Kuriteoohvrite abitelefon',
    ownHelplineLabel: 'Meie abitelefon',
  },
};
