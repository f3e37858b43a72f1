/** Slovenian strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitSl: typeof enQuickExit = {
  emphasis: 'Nujno',
  button: 'Zapusti to stran',
  keyboardHint: 'Ali 3-krat pritisnite tipko Shift',
  pressesLeft: plural('sl', {
    one: 'Shift: za izhod pritisnite še #-krat.',
    two: 'Shift: za izhod pritisnite še #-krat.',
    few: 'Shift: za izhod pritisnite še #-krat.',
    other: 'Shift: za izhod pritisnite še #-krat.',
  }),
  expired: 'Čas za zapustitev strani je potekel.',
  exiting: 'Nalaganje.',
  safetySummary: 'Varno na spletu',
  safetyCannotHide:
    'Gumb »Zapusti to stran« to spletno mesto hitro skrije, vendar ga ne izbriše iz zgodovine brskanja. Kdor preverja to napravo ali omrežje, lahko še vedno vidi, da ste ga obiskali.',
  safetyStepsIntro: 'Za večjo varnost:',
  safetySteps: [
    'uporabljajte zasebno okno, ki ne beleži zgodovine',
    'nato to spletno mesto izbrišite iz zgodovine brskanja',
    'če lahko, uporabite napravo, ki je oseba, ki se je bojite, ne more preveriti, na primer telefon prijatelja ali računalnik v knjižnici',
  ],
  safetyMore: 'Več o varnosti na spletu',
};
