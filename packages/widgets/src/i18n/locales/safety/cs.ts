/** Czech strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
import type { safetyEn } from './en.js';

export const safetyCs: typeof safetyEn = {
  safety: {
    title: 'Pokud jste právě v nebezpečí',
    callNow: 'Zavolejte si o pomoc hned teď. Tísňové číslo je zdarma z jakéhokoli telefonu.',
    callLocal: 'Zavolejte hned teď na tísňové číslo ve vaší zemi.',
    emergencyLabel: 'Tísňové volání: policie, záchranná služba, hasiči',
    victimHelplineLabel: 'Linka pomoci obětem trestných činů',
    ownHelplineLabel: 'Naše linka pomoci',
  },
  quickExit: {
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
  },
};
