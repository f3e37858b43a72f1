/** Bulgarian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyBg: typeof safetyEn = {
  safety: {
    title: 'Ако сте в опасност в момента',
    callNow: 'Потърсете помощ сега. Номерът за спешни случаи е безплатен от всеки телефон.',
    callLocal: 'Обадете се сега на номера за спешни случаи във вашата страна.',
    emergencyLabel: 'Спешни случаи: полиция, линейка, пожарна',
    victimHelplineLabel: 'Телефон за помощ на пострадали от престъпления',
    ownHelplineLabel: 'Нашата линия за помощ',
  },
};
