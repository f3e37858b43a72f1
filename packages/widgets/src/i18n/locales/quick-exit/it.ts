/** Italian strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitIt: typeof enQuickExit = {
  emphasis: 'Emergenza',
  button: 'Esci da questa pagina',
  keyboardHint: 'Oppure prema 3 volte il tasto Maiusc',
  pressesLeft: plural('it', {
    one: 'Maiusc: prema ancora # volta per uscire.',
    many: 'Maiusc: prema ancora # di volte per uscire.',
    other: 'Maiusc: prema ancora # volte per uscire.',
  }),
  expired: 'Esci da questa pagina: tempo scaduto.',
  exiting: 'Caricamento.',
  safetySummary: 'Restare al sicuro online',
  safetyCannotHide:
    '«Esci da questa pagina» nasconde subito questo sito, ma non lo cancella dalla cronologia di navigazione. Chi controlla questo dispositivo o la rete può comunque vedere che lo ha visitato.',
  safetyStepsIntro: 'Per essere più al sicuro:',
  safetySteps: [
    'usi una finestra privata o in incognito, che non salva la cronologia',
    'dopo, cancelli questo sito dalla cronologia di navigazione',
    'se può, usi un dispositivo che la persona di cui ha paura non può controllare, come il telefono di una persona di fiducia o un computer della biblioteca',
  ],
  safetyMore: 'Altro su come restare al sicuro online',
};
