/** Latvian strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitLv: typeof enQuickExit = {
  emphasis: 'Ārkārtas situācija',
  button: 'Pamest šo lapu',
  keyboardHint: 'Vai nospiediet taustiņu Shift 3 reizes',
  pressesLeft: plural('lv', {
    zero: 'Shift: lai izietu, nospiediet vēl # reizes.',
    one: 'Shift: lai izietu, nospiediet vēl # reizi.',
    other: 'Shift: lai izietu, nospiediet vēl # reizes.',
  }),
  expired: 'Lapas pamešanas laiks beidzās.',
  exiting: 'Notiek ielāde.',
  safetySummary: 'Drošība internetā',
  safetyCannotHide:
    'Poga “Pamest šo lapu” ātri paslēpj šo vietni, taču neizdzēš to no pārlūkošanas vēstures. Tas, kurš pārbauda šo ierīci vai tīklu, joprojām var redzēt, ka jūs to apmeklējāt.',
  safetyStepsIntro: 'Lai būtu drošāk:',
  safetySteps: [
    'izmantojiet privāto (inkognito) logu, kas nesaglabā vēsturi',
    'pēc tam izdzēsiet šo vietni no pārlūkošanas vēstures',
    'ja varat, izmantojiet ierīci, ko cilvēks, no kura baidāties, nevar pārbaudīt, piemēram, drauga tālruni vai bibliotēkas datoru',
  ],
  safetyMore: 'Vairāk par drošību internetā',
};
