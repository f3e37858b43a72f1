/** Dutch strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitNl: typeof enQuickExit = {
  emphasis: 'Noodgeval',
  button: 'Deze pagina verlaten',
  keyboardHint: 'Of druk 3 keer op de Shift-toets',
  pressesLeft: plural('nl', { other: 'Shift: druk nog # keer om de pagina te verlaten.' }),
  expired: 'Deze pagina verlaten: tijd verlopen.',
  exiting: 'Laden.',
  safetySummary: 'Veilig online',
  safetyCannotHide:
    '‘Deze pagina verlaten’ verbergt deze website snel, maar haalt haar niet uit uw browsegeschiedenis. Iemand die dit apparaat of het netwerk controleert, kan nog zien dat u haar hebt bezocht.',
  safetyStepsIntro: 'Zo bent u veiliger:',
  safetySteps: [
    'gebruik een privévenster of incognitovenster, dat geen geschiedenis bewaart',
    'verwijder deze website daarna uit uw browsegeschiedenis',
    'gebruik als het kan een apparaat dat de persoon voor wie u bang bent niet kan controleren, zoals de telefoon van een vriendin of een computer in de bibliotheek',
  ],
  safetyMore: 'Meer over veilig online blijven',
};
