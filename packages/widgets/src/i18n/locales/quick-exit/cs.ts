/** Czech strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitCs: typeof enQuickExit = {
  emphasis: 'Nouzová situace',
  button: 'Opustit tuto stránku',
  keyboardHint: 'Nebo stiskněte 3krát klávesu Shift',
  pressesLeft: plural('cs', { other: 'Shift: pro opuštění stránky stiskněte ještě #krát.' }),
  expired: 'Opuštění stránky: čas vypršel.',
  exiting: 'Načítání.',
  safetySummary: 'Bezpečně na internetu',
  safetyCannotHide:
    'Tlačítko „Opustit tuto stránku“ tento web rychle skryje, ale neodstraní ho z historie prohlížení. Kdo kontroluje toto zařízení nebo síť, může i tak zjistit, že jste ho navštívili.',
  safetyStepsIntro: 'Pro větší bezpečí:',
  safetySteps: [
    'používejte anonymní okno, které neukládá historii',
    'potom tento web smažte z historie prohlížení',
    'pokud můžete, použijte zařízení, které osoba, které se bojíte, nemůže zkontrolovat, například telefon přítele nebo počítač v knihovně',
  ],
  safetyMore: 'Více o bezpečí na internetu',
};
