/** Czech strings of the emergency notice (see `en.ts`). */
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
};
