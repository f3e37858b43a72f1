/** German strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyDe: typeof safetyEn = {
  safety: {
    title: 'Wenn Sie jetzt in Gefahr sind',
    callNow: 'Rufen Sie jetzt Hilfe. Der Notruf ist von jedem Telefon kostenlos.',
    callLocal: 'Rufen Sie jetzt den Notruf Ihres Landes an.',
    emergencyLabel: 'Notruf: Polizei, Rettungsdienst, Feuerwehr',
    victimHelplineLabel: 'Opfer-Telefon für Betroffene von Straftaten',
    ownHelplineLabel: 'Unser Hilfetelefon',
  },
};
