/** Turkish strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
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
  quickExit: {
    emphasis: 'Acil durum',
    button: 'Bu sayfadan çık',
    keyboardHint: 'Ya da Shift tuşuna 3 kez basın',
    pressesLeft: plural('tr', {
      one: 'Shift: çıkmak için # kez daha basın.',
      other: 'Shift: çıkmak için # kez daha basın.',
    }),
    expired: 'Sayfadan çıkma süresi doldu.',
    exiting: 'Yükleniyor.',
    safetySummary: 'İnternette güvende kalmak',
    safetyCannotHide:
      '“Bu sayfadan çık” bu siteyi hızla gizler ama tarama geçmişinizden silmez. Bu cihazı ya da ağı kontrol eden biri, siteyi ziyaret ettiğinizi yine de görebilir.',
    safetyStepsIntro: 'Daha güvende olmak için:',
    safetySteps: [
      'geçmiş kaydetmeyen gizli (özel) bir pencere kullanın',
      'sonra bu siteyi tarama geçmişinizden silin',
      'mümkünse korktuğunuz kişinin kontrol edemeyeceği bir cihaz kullanın; örneğin bir arkadaşınızın telefonu ya da kütüphanedeki bir bilgisayar',
    ],
    safetyMore: 'İnternette güvende kalmak hakkında daha fazlası',
  },
};
