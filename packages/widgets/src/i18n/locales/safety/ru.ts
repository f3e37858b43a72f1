/** Russian strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyRu: typeof safetyEn = {
  safety: {
    title: 'Если вы сейчас в опасности',
    callNow: 'Позовите на помощь прямо сейчас. Звонок на номер экстренной помощи бесплатный с любого телефона.',
    callLocal: 'Позвоните прямо сейчас на номер экстренной помощи вашей страны.',
    emergencyLabel: 'Экстренная помощь: полиция, скорая, пожарные',
    victimHelplineLabel: 'Телефон помощи пострадавшим от преступлений',
    ownHelplineLabel: 'Наш телефон помощи',
  },
};
