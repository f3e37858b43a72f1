/** Danish strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyDa: typeof safetyEn = {
  safety: {
    title: 'Hvis du er i fare lige nu',
    callNow: 'Ring efter hjælp nu. Alarmnummeret er gratis fra alle telefoner.',
    callLocal: 'Ring nu til alarmnummeret i dit land.',
    emergencyLabel: 'Alarm: politi, ambulance, brandvæsen',
    victimHelplineLabel: 'Hjælpelinje for ofre for forbrydelser',
    ownHelplineLabel: 'Vores hjælpelinje',
  },
};
