/** French strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
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
  quickExit: {
    emphasis: 'Urgence',
    button: 'Quitter cette page',
    keyboardHint: 'Ou appuyez 3 fois sur la touche Maj',
    pressesLeft: plural('fr', { other: 'Maj : appuyez encore # fois pour quitter.' }),
    expired: 'Quitter cette page : délai expiré.',
    exiting: 'Chargement.',
    safetySummary: 'Rester en sécurité en ligne',
    safetyCannotHide:
      '« Quitter cette page » cache rapidement ce site, mais ne l’efface pas de votre historique de navigation. Une personne qui vérifie cet appareil ou le réseau peut encore voir que vous l’avez consulté.',
    safetyStepsIntro: 'Pour plus de sécurité :',
    safetySteps: [
      'utilisez une fenêtre de navigation privée, qui ne garde pas d’historique',
      'ensuite, supprimez ce site de votre historique de navigation',
      'si possible, utilisez un appareil que la personne que vous craignez ne peut pas consulter, comme le téléphone d’une amie ou un ordinateur de bibliothèque',
    ],
    safetyMore: 'En savoir plus sur la sécurité en ligne',
  },
};
