/** Irish strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitGa: typeof enQuickExit = {
  emphasis: 'Éigeandáil',
  button: 'Fág an leathanach seo',
  keyboardHint: 'Nó brúigh an eochair Shift 3 huaire',
  pressesLeft: plural('ga', {
    one: 'Shift, brúigh # uair eile chun imeacht.',
    two: 'Shift, brúigh # uair eile chun imeacht.',
    few: 'Shift, brúigh # huaire eile chun imeacht.',
    many: 'Shift, brúigh # n-uaire eile chun imeacht.',
    other: 'Shift, brúigh # uair eile chun imeacht.',
  }),
  expired: 'Chuaigh an t-am chun an leathanach seo a fhágáil in éag.',
  exiting: 'Á lódáil.',
  safetySummary: 'Fanacht slán ar líne',
  safetyCannotHide:
    'Folaíonn “Fág an leathanach seo” an suíomh seo go tapa, ach ní bhaineann sé as do stair bhrabhsála é. D’fhéadfadh duine a sheiceálann an gléas seo nó an líonra a fheiceáil fós gur thug tú cuairt air.',
  safetyStepsIntro: 'Le bheith níos sábháilte:',
  safetySteps: [
    'úsáid fuinneog phríobháideach (incognito), nach gcoinníonn stair',
    'ina dhiaidh sin, scrios an suíomh seo as do stair bhrabhsála',
    'más féidir, úsáid gléas nach féidir leis an duine a bhfuil eagla ort roimhe a sheiceáil, mar fhón cara nó ríomhaire leabharlainne',
  ],
  safetyMore: 'Tuilleadh faoi fhanacht slán ar líne',
};
