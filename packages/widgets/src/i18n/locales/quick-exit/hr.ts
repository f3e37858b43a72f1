/** Croatian strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitHr: typeof enQuickExit = {
  emphasis: 'Hitno',
  button: 'Napustite ovu stranicu',
  keyboardHint: 'Ili 3 puta pritisnite tipku Shift',
  pressesLeft: plural('hr', {
    one: 'Shift: pritisnite još # put za izlaz.',
    few: 'Shift: pritisnite još # puta za izlaz.',
    other: 'Shift: pritisnite još # puta za izlaz.',
  }),
  expired: 'Napuštanje stranice: vrijeme je isteklo.',
  exiting: 'Učitavanje.',
  safetySummary: 'Sigurnost na internetu',
  safetyCannotHide:
    'Gumb „Napustite ovu stranicu” brzo skriva ovu stranicu, ali je ne briše iz povijesti pregledavanja. Tko provjerava ovaj uređaj ili mrežu, i dalje može vidjeti da ste je posjetili.',
  safetyStepsIntro: 'Za veću sigurnost:',
  safetySteps: [
    'koristite privatni prozor (anonimni način), koji ne sprema povijest',
    'nakon toga izbrišite ovu stranicu iz povijesti pregledavanja',
    'ako možete, koristite uređaj koji osoba koje se bojite ne može provjeriti, primjerice telefon prijatelja ili računalo u knjižnici',
  ],
  safetyMore: 'Više o sigurnosti na internetu',
};
