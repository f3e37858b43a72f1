/** Italian strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const itStatus: typeof enStatus = {
  title: 'Controlli la sua richiesta',
  intro:
    'Inserisca il riferimento e il codice segreto ricevuti quando ha chiesto aiuto. Nulla di ciò che inserisce viene conservato su questo dispositivo.',
  reference: 'Riferimento',
  referenceHint: 'Per esempio VR-7K3Q-92XD',
  secret: 'Codice segreto',
  secretHint: 'Gli spazi non contano.',
  show: 'Mostra',
  hide: 'Nascondi',
  showSecret: 'Mostra il codice segreto',
  hideSecret: 'Nascondi il codice segreto',
  secretShown: 'Il codice segreto è visibile.',
  secretHidden: 'Il codice segreto è nascosto.',
  check: 'Controlla la mia richiesta',
  checking: 'Controllo in corso…',
  errorSummaryTitle: 'C’è un problema',
  blankReference: 'Inserisca il suo riferimento',
  blankSecret: 'Inserisca il suo codice segreto',
  wrong:
    'Non abbiamo trovato una richiesta con questo riferimento e questo codice segreto. Li controlli entrambi e riprovi.',
  locked: (when: string) =>
    `Ci sono stati troppi tentativi, quindi la consultazione di questa richiesta è sospesa per proteggerla. Riprovi ${when}.`,
  lockedLater:
    'Ci sono stati troppi tentativi, quindi la consultazione di questa richiesta è sospesa per proteggerla. Riprovi più tardi.',
  network: 'Non è stato possibile collegarsi. Controlli la connessione e riprovi.',
  server: 'Qualcosa non ha funzionato da parte nostra. Riprovi tra qualche minuto.',
  notAuthorised:
    'Questo sito non può controllare le richieste in questo momento. Contatti l’organizzazione che lo gestisce.',
  yourRequest: 'La sua richiesta',
  status: 'Stato',
  changedAt: 'Ultima modifica',
  organisation: 'Organizzazione',
  phone: 'Telefono',
  email: 'E-mail',
  website: 'Sito web',
  nextStep: 'Cosa succede ora',
  statuses: {
    draft: 'La sua richiesta non è ancora stata inviata.',
    sent: 'La sua richiesta è stata inviata. L’organizzazione non l’ha ancora aperta.',
    received: 'L’organizzazione ha ricevuto la sua richiesta.',
    accepted: 'L’organizzazione ha accettato la sua richiesta e la sosterrà.',
    declined:
      'L’organizzazione non può aiutarla con questa richiesta. Non è colpa sua, e ci sono altri aiuti disponibili.',
    'in-progress': 'L’organizzazione la sta sostenendo.',
    'on-hold': 'Il suo sostegno è sospeso per ora.',
    completed: 'Il suo sostegno si è concluso.',
    failed: 'Il sostegno non si è potuto svolgere come previsto.',
    cancelled: 'Questa richiesta è stata chiusa.',
    'withdrawn-consent': 'Ha revocato il consenso. I suoi dati personali sono stati cancellati.',
  },
  nextSteps: {
    'wait-for-contact':
      'La contatterà nei modi che ha scelto, negli orari che ha indicato come sicuri. Se ha chiesto di non essere contattata o contattato, si faccia sentire quando è sicuro.',
    'support-under-way': 'Il suo sostegno è in corso. Li contatti se qualcosa cambia.',
    'support-paused': 'Le diranno quando potrà riprendere. Può contattarli in qualsiasi momento.',
    'contact-organisation': 'Li contatti per trovare un altro aiuto: possono dirle chi altro può sostenerla.',
    'support-completed': 'Se avrà di nuovo bisogno di aiuto, può chiederlo in qualsiasi momento.',
    'consent-withdrawn': 'Non deve fare altro. Può chiedere di nuovo aiuto in qualsiasi momento.',
  },
  withdraw: 'Revoca il mio consenso',
  withdrawTitle: 'Revocare il consenso?',
  withdrawExplained:
    'Se revoca il consenso, l’organizzazione smette di occuparsi della sua richiesta e i suoi dati personali vengono cancellati. Non deve dare alcuna spiegazione. Non si può annullare, ma potrà sempre chiedere di nuovo aiuto.',
  withdrawConfirm: 'Sì, revoca il mio consenso',
  withdrawCancel: 'No, torna indietro',
  withdrawing: 'Revoca in corso…',
  withdrawn: 'Il suo consenso è stato revocato e i suoi dati personali sono stati cancellati.',
  cannotWithdraw:
    'Per questa richiesta il consenso non può più essere revocato. Se necessario, contatti l’organizzazione.',
  clear: 'Termina e cancella',
  retry: 'Riprova',
};
