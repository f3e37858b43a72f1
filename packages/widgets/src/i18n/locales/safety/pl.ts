/** Polish strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyPl: typeof safetyEn = {
  safety: {
    title: 'Jeśli teraz grozi Ci niebezpieczeństwo',
    callNow: 'Wezwij pomoc teraz. Numer alarmowy jest bezpłatny z każdego telefonu.',
    callLocal: 'Zadzwoń teraz pod numer alarmowy w swoim kraju.',
    emergencyLabel: 'Numer alarmowy: policja, pogotowie, straż pożarna',
    victimHelplineLabel: 'Telefon zaufania dla osób pokrzywdzonych przestępstwem',
    ownHelplineLabel: 'Nasz telefon zaufania',
  },
};
