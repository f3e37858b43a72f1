/** Latvian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyLv: typeof safetyEn = {
  safety: {
    title: 'Ja jūs šobrīd esat briesmās',
    callNow: 'Sauciet palīdzību tūlīt. Zvans uz ārkārtas numuru ir bez maksas no jebkura tālruņa.',
    callLocal: 'Zvaniet tūlīt uz savas valsts ārkārtas numuru.',
    emergencyLabel: 'Ārkārtas palīdzība: policija, ātrā palīdzība, ugunsdzēsēji',
    victimHelplineLabel: 'Palīdzības tālrunis noziegumos cietušajiem',
    ownHelplineLabel: 'Mūsu palīdzības tālrunis',
  },
};
