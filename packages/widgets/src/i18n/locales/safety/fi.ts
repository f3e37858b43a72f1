/** Finnish strings of the emergency notice (see `en.ts`). */
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
};
