/** Portuguese (European) strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyPt: typeof safetyEn = {
  safety: {
    title: 'Se está em perigo agora',
    callNow: 'Peça ajuda agora. O número de emergência é gratuito a partir de qualquer telefone.',
    callLocal: 'Ligue agora para o número de emergência do seu país.',
    emergencyLabel: 'Emergência: polícia, ambulância, bombeiros',
    victimHelplineLabel: 'Linha de apoio à vítima de crime',
    ownHelplineLabel: 'A nossa linha de apoio',
  },
};
