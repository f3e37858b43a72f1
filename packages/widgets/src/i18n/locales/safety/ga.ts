/** Irish strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyGa: typeof safetyEn = {
  safety: {
    title: 'Má tá tú i mbaol anois',
    callNow: 'Glaoigh ar chabhair anois. Tá an uimhir éigeandála saor in aisce ó aon fhón.',
    callLocal: 'Glaoigh anois ar uimhir éigeandála do thíre.',
    emergencyLabel: 'Éigeandáil: póilíní, otharcharr, seirbhís dóiteáin',
    victimHelplineLabel: 'Líne chabhrach d’íospartaigh coireachta',
    ownHelplineLabel: 'Ár líne chabhrach',
  },
};
