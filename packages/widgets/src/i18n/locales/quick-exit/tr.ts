/** Turkish strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitTr: typeof enQuickExit = {
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
};
