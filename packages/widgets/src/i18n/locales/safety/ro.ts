/** Romanian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyRo: typeof safetyEn = {
  safety: {
    title: 'Dacă sunteți în pericol acum',
    callNow: 'Cereți ajutor acum. Numărul de urgență este gratuit de pe orice telefon.',
    callLocal: 'Sunați acum la numărul de urgență din țara dumneavoastră.',
    emergencyLabel: 'Urgențe: poliție, ambulanță, pompieri',
    victimHelplineLabel: 'Linia de ajutor pentru victimele infracțiunilor',
    ownHelplineLabel: 'Linia noastră de ajutor',
  },
};
