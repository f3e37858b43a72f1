/** French strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyFr: typeof safetyEn = {
  safety: {
    title: 'Si vous êtes en danger maintenant',
    callNow: 'Appelez à l’aide maintenant. Le numéro d’urgence est gratuit depuis n’importe quel téléphone.',
    callLocal: 'Appelez maintenant le numéro d’urgence de votre pays.',
    emergencyLabel: 'Urgences : police, ambulance, pompiers',
    victimHelplineLabel: 'Ligne d’aide aux victimes',
    ownHelplineLabel: 'Notre ligne d’écoute',
  },
};
