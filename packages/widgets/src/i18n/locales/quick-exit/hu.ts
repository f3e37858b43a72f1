/** Hungarian strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitHu: typeof enQuickExit = {
  emphasis: 'Vészhelyzet',
  button: 'Oldal elhagyása',
  keyboardHint: 'Vagy nyomja meg 3-szor a Shift billentyűt',
  pressesLeft: plural('hu', { other: 'Shift: még # lenyomás a kilépéshez.' }),
  expired: 'Oldal elhagyása: lejárt az idő.',
  exiting: 'Betöltés.',
  safetySummary: 'Biztonságban az interneten',
  safetyCannotHide:
    'Az „Oldal elhagyása” gomb gyorsan elrejti ezt a webhelyet, de nem törli a böngészési előzményekből. Aki ellenőrzi ezt az eszközt vagy a hálózatot, így is láthatja, hogy járt itt.',
  safetyStepsIntro: 'Hogy nagyobb biztonságban legyen:',
  safetySteps: [
    'használjon privát (inkognitó) ablakot, amely nem őriz előzményeket',
    'utána törölje ezt a webhelyet a böngészési előzményekből',
    'ha teheti, olyan eszközt használjon, amelyet az, akitől fél, nem tud ellenőrizni, például egy barátja telefonját vagy egy könyvtári számítógépet',
  ],
  safetyMore: 'Többet a biztonságról az interneten',
};
