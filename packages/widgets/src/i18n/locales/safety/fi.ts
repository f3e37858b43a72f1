/** Finnish strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
import type { safetyEn } from './en.js';

export const safetyFi: typeof safetyEn = {
  safety: {
    title: 'Jos olet vaarassa juuri nyt',
    callNow: 'Pyydä apua heti. Hätänumeroon soittaminen on maksutonta kaikista puhelimista.',
    callLocal: 'Soita heti oman maasi hätänumeroon.',
    emergencyLabel: 'Hätänumero: poliisi, ambulanssi, palokunta',
    victimHelplineLabel: 'Rikoksen uhrien auttava puhelin',
    ownHelplineLabel: 'Meidän auttava puhelimemme',
  },
  quickExit: {
    emphasis: 'Hätätilanne',
    button: 'Poistu sivulta',
    keyboardHint: 'Tai paina Shift-näppäintä 3 kertaa',
    pressesLeft: plural('fi', {
      one: 'Shift: paina vielä # kerran poistuaksesi.',
      other: 'Shift: paina vielä # kertaa poistuaksesi.',
    }),
    expired: 'Poistu sivulta: aika umpeutui.',
    exiting: 'Ladataan.',
    safetySummary: 'Turvallisesti verkossa',
    safetyCannotHide:
      '”Poistu sivulta” piilottaa tämän sivuston nopeasti, mutta ei poista sitä selaushistoriastasi. Laitteen tai verkon tarkistava voi silti nähdä, että kävit täällä.',
    safetyStepsIntro: 'Turvallisempaa on:',
    safetySteps: [
      'käyttää yksityistä ikkunaa (incognito), joka ei tallenna historiaa',
      'poistaa tämä sivusto jälkeenpäin selaushistoriasta',
      'käyttää mahdollisuuksien mukaan laitetta, jota pelkäämäsi henkilö ei voi tarkistaa, esimerkiksi ystävän puhelinta tai kirjaston tietokonetta',
    ],
    safetyMore: 'Lisää turvallisuudesta verkossa',
  },
};
