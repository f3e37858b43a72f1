/** French strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitFr: typeof enQuickExit = {
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
};
