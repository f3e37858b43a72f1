/** Romanian strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitRo: typeof enQuickExit = {
  emphasis: 'Urgență',
  button: 'Ieșiți de pe această pagină',
  keyboardHint: 'Sau apăsați de 3 ori tasta Shift',
  pressesLeft: plural('ro', {
    one: 'Shift: apăsați încă # dată pentru a ieși.',
    few: 'Shift: apăsați încă de # ori pentru a ieși.',
    other: 'Shift: apăsați încă de # de ori pentru a ieși.',
  }),
  expired: 'Ieșirea de pe pagină: timpul a expirat.',
  exiting: 'Se încarcă.',
  safetySummary: 'Siguranța dumneavoastră online',
  safetyCannotHide:
    'Butonul „Ieșiți de pe această pagină” ascunde repede acest site, dar nu îl șterge din istoricul de navigare. Cine verifică acest dispozitiv sau rețeaua poate vedea în continuare că l-ați vizitat.',
  safetyStepsIntro: 'Pentru mai multă siguranță:',
  safetySteps: [
    'folosiți o fereastră privată (incognito), care nu păstrează istoricul',
    'după aceea, ștergeți acest site din istoricul de navigare',
    'dacă puteți, folosiți un dispozitiv pe care persoana de care vă temeți nu îl poate verifica, de exemplu telefonul unei prietene sau un calculator de la bibliotecă',
  ],
  safetyMore: 'Mai multe despre siguranța online',
};
