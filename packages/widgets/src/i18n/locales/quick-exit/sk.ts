/** Slovak strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitSk: typeof enQuickExit = {
  emphasis: 'Núdzová situácia',
  button: 'Opustiť túto stránku',
  keyboardHint: 'Alebo stlačte 3-krát kláves Shift',
  pressesLeft: plural('sk', {
    one: 'Shift: stlačte ešte # raz a stránku opustíte.',
    few: 'Shift: stlačte ešte # razy a stránku opustíte.',
    many: 'Shift: stlačte ešte # raza a stránku opustíte.',
    other: 'Shift: stlačte ešte # ráz a stránku opustíte.',
  }),
  expired: 'Čas na opustenie stránky uplynul.',
  exiting: 'Načítava sa.',
  safetySummary: 'Bezpečne na internete',
  safetyCannotHide:
    'Tlačidlo „Opustiť túto stránku“ túto stránku rýchlo skryje, ale neodstráni ju z histórie prehliadania. Kto kontroluje toto zariadenie alebo sieť, môže aj tak zistiť, že ste ju navštívili.',
  safetyStepsIntro: 'Pre väčšie bezpečie:',
  safetySteps: [
    'používajte súkromné okno (inkognito), ktoré neukladá históriu',
    'potom túto stránku vymažte z histórie prehliadania',
    'ak môžete, použite zariadenie, ktoré osoba, ktorej sa bojíte, nemôže skontrolovať, napríklad telefón priateľa alebo počítač v knižnici',
  ],
  safetyMore: 'Viac o bezpečí na internete',
};
