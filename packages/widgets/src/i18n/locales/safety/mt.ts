/** Maltese strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyMt: typeof safetyEn = {
  safety: {
    title: 'Jekk int fil-periklu issa',
    callNow: 'Sejjaħ għall-għajnuna issa. In-numru tal-emerġenza huwa b’xejn minn kwalunkwe telefon.',
    callLocal: 'Ċempel issa lin-numru tal-emerġenza ta’ pajjiżek.',
    emergencyLabel: 'Emerġenza: pulizija, ambulanza, tifi tan-nar',
    victimHelplineLabel: 'Linja ta’ għajnuna għall-vittmi tal-kriminalità',
    ownHelplineLabel: 'Il-linja ta’ għajnuna tagħna',
  },
};
