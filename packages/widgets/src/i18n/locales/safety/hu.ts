/** Hungarian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyHu: typeof safetyEn = {
  safety: {
    title: 'Ha most veszélyben van',
    callNow: 'Kérjen segítséget most. A segélyhívó szám minden telefonról ingyenes.',
    callLocal: 'Hívja most az országa segélyhívó számát.',
    emergencyLabel: 'Segélyhívás: rendőrség, mentők, tűzoltók',
    victimHelplineLabel: 'Bűncselekmények áldozatainak segélyvonala',
    ownHelplineLabel: 'Segélyvonalunk',
  },
};
