/** Lithuanian strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
import type { safetyEn } from './en.js';

export const safetyLt: typeof safetyEn = {
  safety: {
    title: 'Jei dabar esate pavojuje',
    callNow: 'Kvieskite pagalbą dabar. Skambinti pagalbos numeriu nemokama iš bet kurio telefono.',
    callLocal: 'Dabar skambinkite savo šalies pagalbos numeriu.',
    emergencyLabel: 'Pagalba: policija, greitoji, ugniagesiai',
    victimHelplineLabel: 'Pagalbos linija nusikaltimų aukoms',
    ownHelplineLabel: 'Mūsų pagalbos linija',
  },
  quickExit: {
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
  },
};
