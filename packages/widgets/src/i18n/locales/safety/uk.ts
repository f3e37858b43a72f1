/** Ukrainian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyUk: typeof safetyEn = {
  safety: {
    title: 'Якщо ви зараз у небезпеці',
    callNow: 'Покличте на допомогу зараз. Дзвінок на номер екстреної допомоги безкоштовний з будь-якого телефона.',
    callLocal: 'Зателефонуйте зараз на номер екстреної допомоги вашої країни.',
    emergencyLabel: 'Екстрена допомога: поліція, швидка, пожежна служба',
    victimHelplineLabel: 'Гаряча лінія для постраждалих від злочинів',
    ownHelplineLabel: 'Наша гаряча лінія',
  },
};
