/** Swedish strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitSv: typeof enQuickExit = {
  emphasis: 'Nödläge',
  button: 'Lämna sidan',
  keyboardHint: 'Eller tryck på Skift-tangenten 3 gånger',
  pressesLeft: plural('sv', {
    one: 'Skift: tryck # gång till för att lämna.',
    other: 'Skift: tryck # gånger till för att lämna.',
  }),
  expired: 'Lämna sidan: tiden har gått ut.',
  exiting: 'Laddar.',
  safetySummary: 'Säker på nätet',
  safetyCannotHide:
    '”Lämna sidan” döljer den här webbplatsen snabbt, men tar inte bort den från din webbhistorik. Den som kontrollerar enheten eller nätverket kan ändå se att du har besökt den.',
  safetyStepsIntro: 'Så blir du säkrare:',
  safetySteps: [
    'använd ett privat fönster (inkognito), som inte sparar historik',
    'ta efteråt bort den här webbplatsen från din webbhistorik',
    'använd om du kan en enhet som personen du är rädd för inte kan kontrollera, till exempel en väns telefon eller en dator på biblioteket',
  ],
  safetyMore: 'Mer om att vara säker på nätet',
};
