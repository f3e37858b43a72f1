/** Slovenian strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
import type { safetyEn } from './en.js';

export const safetySl: typeof safetyEn = {
  safety: {
    title: 'Če ste ta trenutek v nevarnosti',
    callNow: 'Pokličite pomoč takoj. Klic na številko za nujne primere je brezplačen s katerega koli telefona.',
    callLocal: 'Takoj pokličite številko za nujne primere v svoji državi.',
    emergencyLabel: 'Nujni primeri: policija, reševalci, gasilci',
    victimHelplineLabel: 'Telefon za pomoč žrtvam kaznivih dejanj',
    ownHelplineLabel: 'Naš telefon za pomoč',
  },
  quickExit: {
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
  },
};
