/** Spanish strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitEs: typeof enQuickExit = {
  emphasis: 'Emergencia',
  button: 'Salir de esta página',
  keyboardHint: 'O pulse 3 veces la tecla Mayús',
  pressesLeft: plural('es', {
    one: 'Mayús: pulse # vez más para salir.',
    many: 'Mayús: pulse # de veces más para salir.',
    other: 'Mayús: pulse # veces más para salir.',
  }),
  expired: 'Salir de esta página: tiempo agotado.',
  exiting: 'Cargando.',
  safetySummary: 'Su seguridad en internet',
  safetyCannotHide:
    '«Salir de esta página» oculta esta web rápidamente, pero no la borra de su historial de navegación. Quien revise este dispositivo o la red todavía puede ver que usted la visitó.',
  safetyStepsIntro: 'Para más seguridad:',
  safetySteps: [
    'use una ventana privada o de incógnito, que no guarda historial',
    'después, borre esta web de su historial de navegación',
    'si puede, use un dispositivo que la persona a la que teme no pueda revisar, como el teléfono de alguien de confianza o un ordenador de una biblioteca',
  ],
  safetyMore: 'Más sobre su seguridad en internet',
};
