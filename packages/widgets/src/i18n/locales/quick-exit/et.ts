/** Estonian strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitEt: typeof enQuickExit = {
  emphasis: 'Hädaolukord',
  button: 'Lahku lehelt',
  keyboardHint: 'Või vajutage 3 korda Shift-klahvi',
  pressesLeft: plural('et', {
    one: 'Shift: vajutage veel # kord, et lehelt lahkuda.',
    other: 'Shift: vajutage veel # korda, et lehelt lahkuda.',
  }),
  expired: 'Lehelt lahkumine: aeg sai läbi.',
  exiting: 'Laadimine.',
  safetySummary: 'Turvaliselt internetis',
  safetyCannotHide:
    'Nupp „Lahku lehelt“ peidab selle veebilehe kiiresti, kuid ei kustuta seda sirvimisajaloost. See, kes seadet või võrku kontrollib, võib siiski näha, et külastasite seda.',
  safetyStepsIntro: 'Turvalisemaks:',
  safetySteps: [
    'kasutage privaatset akent (inkognito), mis ajalugu ei salvesta',
    'kustutage see veebileht hiljem sirvimisajaloost',
    'võimaluse korral kasutage seadet, mida inimene, keda kardate, kontrollida ei saa, näiteks sõbra telefoni või raamatukogu arvutit',
  ],
  safetyMore: 'Lähemalt turvalisusest internetis',
};
