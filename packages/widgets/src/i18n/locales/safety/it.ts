/** Italian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyIt: typeof safetyEn = {
  safety: {
    title: 'Se è in pericolo adesso',
    callNow: 'Chieda aiuto adesso. Il numero di emergenza è gratuito da qualsiasi telefono.',
    callLocal: 'Chiami adesso il numero di emergenza del suo paese.',
    emergencyLabel: 'Emergenza: polizia, ambulanza, vigili del fuoco',
    victimHelplineLabel: 'Linea di aiuto per le vittime di reato',
    ownHelplineLabel: 'La nostra linea di aiuto',
  },
};
