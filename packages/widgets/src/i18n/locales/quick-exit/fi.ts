/** Finnish strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitFi: typeof enQuickExit = {
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
};
