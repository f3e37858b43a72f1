/** Turkish strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyTr: typeof safetyEn = {
  safety: {
    title: 'Şu anda tehlikedeyseniz',
    callNow: 'Hemen yardım çağırın. Acil durum numarası her telefondan ücretsizdir.',
    callLocal: 'Hemen ülkenizin acil durum numarasını arayın.',
    emergencyLabel: 'Acil durum: polis, ambulans, itfaiye',
    victimHelplineLabel: 'Suç mağdurları için yardım hattı',
    ownHelplineLabel: 'Yardım hattımız',
  },
};
