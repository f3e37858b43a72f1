/** Spanish strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyEs: typeof safetyEn = {
  safety: {
    title: 'Si está en peligro ahora',
    callNow: 'Pida ayuda ahora. El número de emergencias es gratuito desde cualquier teléfono.',
    callLocal: 'Llame ahora al número de emergencias de su país.',
    emergencyLabel: 'Emergencias: policía, ambulancia, bomberos',
    victimHelplineLabel: 'Línea de ayuda a víctimas de delitos',
    ownHelplineLabel: 'Nuestra línea de ayuda',
  },
};
