/** Lithuanian strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitLt: typeof enQuickExit = {
  emphasis: 'Skubu',
  button: 'Išeiti iš puslapio',
  keyboardHint: 'Arba 3 kartus paspauskite klavišą Shift',
  pressesLeft: plural('lt', {
    one: 'Shift: norėdami išeiti, paspauskite dar # kartą.',
    few: 'Shift: norėdami išeiti, paspauskite dar # kartus.',
    many: 'Shift: norėdami išeiti, paspauskite dar # karto.',
    other: 'Shift: norėdami išeiti, paspauskite dar # kartų.',
  }),
  expired: 'Išėjimo iš puslapio laikas baigėsi.',
  exiting: 'Įkeliama.',
  safetySummary: 'Saugiai internete',
  safetyCannotHide:
    'Mygtukas „Išeiti iš puslapio“ greitai paslepia šią svetainę, bet neištrina jos iš naršymo istorijos. Tas, kas tikrina šį įrenginį ar tinklą, vis tiek gali pamatyti, kad ją lankėte.',
  safetyStepsIntro: 'Kad būtų saugiau:',
  safetySteps: [
    'naudokite privatų (inkognito) langą, kuris nesaugo istorijos',
    'vėliau ištrinkite šią svetainę iš naršymo istorijos',
    'jei galite, naudokite įrenginį, kurio žmogus, kurio bijote, negali patikrinti, pavyzdžiui, draugo telefoną ar bibliotekos kompiuterį',
  ],
  safetyMore: 'Daugiau apie saugumą internete',
};
