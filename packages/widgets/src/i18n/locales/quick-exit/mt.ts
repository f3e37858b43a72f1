/** Maltese strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitMt: typeof enQuickExit = {
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
};
