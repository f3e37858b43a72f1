/** Slovak strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetySk: typeof safetyEn = {
  safety: {
    title: 'Ak ste práve v nebezpečenstve',
    callNow: 'Zavolajte si pomoc hneď teraz. Tiesňové číslo je bezplatné z akéhokoľvek telefónu.',
    callLocal: 'Zavolajte hneď teraz na tiesňové číslo vo vašej krajine.',
    emergencyLabel: 'Tiesňové volanie: polícia, záchranka, hasiči',
    victimHelplineLabel: 'Linka pomoci obetiam trestných činov',
    ownHelplineLabel: 'Naša linka pomoci',
  },
};
