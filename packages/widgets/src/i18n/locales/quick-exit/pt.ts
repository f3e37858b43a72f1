/** Portuguese (European) strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitPt: typeof enQuickExit = {
  emphasis: 'Emergência',
  button: 'Sair desta página',
  keyboardHint: 'Ou prima 3 vezes a tecla Shift',
  pressesLeft: plural('pt-PT', {
    one: 'Shift: prima mais # vez para sair.',
    many: 'Shift: prima mais # de vezes para sair.',
    other: 'Shift: prima mais # vezes para sair.',
  }),
  expired: 'Sair desta página: tempo esgotado.',
  exiting: 'A carregar.',
  safetySummary: 'Manter-se em segurança online',
  safetyCannotHide:
    '«Sair desta página» esconde este site rapidamente, mas não o apaga do seu histórico de navegação. Quem verificar este dispositivo ou a rede pode ainda ver que o visitou.',
  safetyStepsIntro: 'Para mais segurança:',
  safetySteps: [
    'use uma janela privada ou anónima, que não guarda histórico',
    'depois, apague este site do seu histórico de navegação',
    'se puder, use um dispositivo que a pessoa de quem tem medo não possa verificar, como o telemóvel de alguém de confiança ou um computador de uma biblioteca',
  ],
  safetyMore: 'Mais sobre como se manter em segurança online',
};
