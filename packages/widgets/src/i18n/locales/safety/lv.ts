/** Latvian strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
import type { safetyEn } from './en.js';

export const safetyLv: typeof safetyEn = {
  safety: {
    title: 'Ja jūs šobrīd esat briesmās',
    callNow: 'Sauciet palīdzību tūlīt. Zvans uz ārkārtas numuru ir bez maksas no jebkura tālruņa.',
    callLocal: 'Zvaniet tūlīt uz savas valsts ārkārtas numuru.',
    emergencyLabel: 'Ārkārtas palīdzība: policija, ātrā palīdzība, ugunsdzēsēji',
    victimHelplineLabel: 'Palīdzības tālrunis noziegumos cietušajiem',
    ownHelplineLabel: 'Mūsu palīdzības tālrunis',
  },
  quickExit: {
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
  },
};
