/** Maltese strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
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
  quickExit: {
    emphasis: 'Emerġenza',
    button: 'Oħroġ minn din il-paġna',
    keyboardHint: 'Jew agħfas il-buttuna Shift 3 darbiet',
    pressesLeft: plural('mt', {
      one: 'Shift: agħfas # darba oħra biex toħroġ.',
      two: 'Shift: agħfas # darbiet oħra biex toħroġ.',
      few: 'Shift: agħfas # darbiet oħra biex toħroġ.',
      many: 'Shift: agħfas # darba oħra biex toħroġ.',
      other: 'Shift: agħfas # darba oħra biex toħroġ.',
    }),
    expired: 'Il-ħin biex toħroġ minn din il-paġna skada.',
    exiting: 'Qed jittella’.',
    safetySummary: 'Tibqa’ sigur online',
    safetyCannotHide:
      '“Oħroġ minn din il-paġna” jaħbi dan is-sit malajr, iżda ma jneħħihx mill-istorja tal-browsing tiegħek. Min jiċċekkja dan l-apparat jew in-netwerk xorta jista’ jara li żort is-sit.',
    safetyStepsIntro: 'Biex tkun aktar sigur:',
    safetySteps: [
      'uża tieqa privata (incognito), li ma żżommx storja',
      'wara, ħassar dan is-sit mill-istorja tal-browsing tiegħek',
      'jekk tista’, uża apparat li l-persuna li tibża’ minnha ma tistax tiċċekkja, bħat-telefon ta’ ħabib jew kompjuter tal-librerija',
    ],
    safetyMore: 'Aktar dwar kif tibqa’ sigur online',
  },
};
