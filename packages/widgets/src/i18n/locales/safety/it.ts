/** Italian strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
import type { safetyEn } from './en.js';

export const safetyIt: typeof safetyEn = {
  safety: {
    title: 'Se è in pericolo adesso',
    callNow: 'Chieda aiuto adesso. Il numero di emergenza è gratuito da qualsiasi telefono.',
    callLocal: 'Chiami adesso il numero di emergenza del suo paese.',
    emergencyLabel: 'Emergenza: polizia, ambulanza, vigili del fuoco',
    victimHelplineLabel: 'Linea di aiuto per le vittime di reato',
    ownHelplineLabel: 'La nostra linea di aiuto',
  },
  quickExit: {
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
  },
};
