/** Italian strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formIt: typeof formEn = {
  title: { self: 'Chiedere supporto', professional: 'Inviare un caso' },
  intro: {
    self: 'Ci dica di quale aiuto ha bisogno. Solo l’organizzazione che la sosterrà vedrà le sue risposte.',
    professional: 'Invii la persona all’organizzazione ricevente. Condivida solo ciò che è necessario.',
  },
  stepOf: (current: number, total: number) => `Passaggio ${current} di ${total}`,
  steps: {
    needs: 'Supporto necessario',
    person: { self: 'Informazioni su di Lei', professional: 'Informazioni sulla persona' },
    crossBorder: 'Situazione transfrontaliera',
    assessment: 'Valutazione individuale',
    consent: 'Consenso',
    priority: 'Priorità e tempi di risposta',
    review: 'Controllo delle risposte',
  },
  continue: 'Continua',
  back: 'Indietro',
  optional: '(facoltativo)',
  selectAll: 'Selezioni tutte le voci pertinenti.',
  receiver: 'Destinatario',
  service: 'Servizio',
  loadingService: 'Caricamento del servizio…',
  serviceLoadError: 'Non è stato possibile caricare il servizio. Controlli la connessione e riprovi.',
  retry: 'Riprova',
  noService: 'Non è stato ancora scelto alcun servizio. Scelga prima un servizio.',
  needs: {
    assistance: { self: 'Di quale aiuto ha bisogno?', professional: 'Di quale aiuto ha bisogno la persona?' },
    victimTypes: { self: 'Che cosa le è successo?', professional: 'Che cosa ha vissuto la persona?' },
    caseSummary: { self: 'In poche parole, che cosa è successo?', professional: 'Sintesi del caso' },
    caseSummaryHint: {
      self: 'Scriva solo ciò che desidera condividere. Non è necessario dare dettagli.',
      professional:
        'Ciò che l’organizzazione ricevente deve sapere, perché la persona non debba raccontare di nuovo la sua storia.',
    },
    notes: { self: 'C’è altro che dovremmo sapere?', professional: 'Altre note sui bisogni' },
  },
  person: {
    name: { self: 'Quale nome dobbiamo usare per Lei?', professional: 'Nome o pseudonimo' },
    nameHint: {
      self: 'Basta un nome di battesimo o qualsiasi nome a sua scelta.',
      professional: 'Basta un nome di battesimo o uno pseudonimo.',
    },
    languages: { self: 'Quali lingue parla?', professional: 'Lingue parlate dalla persona' },
    languagesHint: 'Ne selezioni almeno una.',
    ageGroup: { self: 'La sua fascia d’età', professional: 'Fascia d’età' },
    ageGroups: {
      unspecified: 'Preferisce non dirlo',
      child: 'Meno di 18 anni',
      adult: 'Da 18 a 64 anni',
      'older-adult': '65 anni o più',
    },
    contact: {
      self: 'L’organizzazione può contattarla senza rischi?',
      professional: 'L’organizzazione ricevente può contattare direttamente la persona?',
    },
    contactSafe: {
      self: 'Sì, possono contattarmi senza rischi',
      professional: 'Sì, attraverso i canali sicuri indicati sotto',
    },
    contactNone: {
      self: 'No, non contattatemi',
      professional: 'No, ogni contatto passa attraverso di noi',
    },
    contactNoneHint: {
      self: 'Scelga questa opzione se qualcun altro può vedere il suo telefono, i suoi messaggi o le sue e-mail. Potrà mettersi in contatto Lei quando sarà sicuro farlo.',
      professional: 'L’organizzazione ricevente contatterà la sua organizzazione, mai la persona.',
    },
    channels: 'Canali sicuri per il contatto',
    channelsHint: 'Selezioni tutti i canali sicuri.',
    phone: 'Numero di telefono',
    phoneHint: 'Con il prefisso internazionale, ad esempio +351 912 345 678',
    email: 'Indirizzo e-mail',
    app: 'Quale app di messaggistica?',
    safeTimes: {
      self: 'Quando è sicuro contattarla?',
      professional: 'Quando è sicuro prendere contatto?',
    },
    safeTimesHint: 'Ad esempio: nei giorni feriali tra le 10:00 e le 12:00, mai la sera.',
    mayLeaveMessage: {
      self: 'L’organizzazione può lasciare un messaggio dicendo chi è',
      professional: 'Si può lasciare un messaggio con il nome dell’organizzazione',
    },
    doNotContactNotes: {
      self: 'C’è qualcosa che l’organizzazione dovrebbe sapere?',
      professional: 'Come organizzare invece il contatto',
    },
  },
  crossBorder: {
    intro:
      'Ciò che l’organizzazione ricevente deve sapere sulla situazione tra i paesi, perché la persona non debba ripeterlo. Tutte le domande sono facoltative.',
    crimeCountry: { self: 'In quale paese è successo?', professional: 'Paese in cui è avvenuto il reato' },
    crimePlace: 'Città o luogo in cui è successo',
    residenceCountry: 'Paese in cui vive la persona',
    currentCountry: 'Paese in cui si trova ora la persona',
    returnDate: 'Data in cui la persona lascia il paese del reato',
    returnDateHint: 'Se torna a casa o prosegue il viaggio.',
    policeReported: 'Il reato è stato denunciato alla polizia?',
    policeCountry: 'Paese in cui è stato denunciato',
    policeReference: 'Numero di riferimento della polizia',
    proceedingsStage: 'A che punto è il procedimento penale?',
    proceedingsCountry: 'Paese del procedimento penale',
    interpreterNeeded: {
      self: 'Ha bisogno di un interprete?',
      professional: 'La persona ha bisogno di un interprete?',
    },
    contactLanguage: 'Lingua in cui contattare la persona',
    contactLanguageHint: 'Se è diversa dalle lingue che parla meglio.',
  },
  assessment: {
    riskLevel: 'Rischio di ulteriori danni',
    riskLevelHint: 'La sua valutazione del rischio che la persona subisca di nuovo un danno.',
    protectionNeeds: 'Esigenze di protezione',
    notes: 'Note sulla valutazione',
  },
  consent: {
    intro: {
      self: 'Prima di inviare qualsiasi cosa, legga che cosa verrà condiviso e scelga a che cosa acconsente.',
      professional:
        'Registri ciò che la persona ha acconsentito esplicitamente a condividere. Glielo chieda per ogni voce.',
    },
    dataShared: 'Quali informazioni vengono condivise',
    dataSharedHint: {
      self: 'Ecco che cosa contengono le sue risposte. Per condividere meno, torni indietro e le modifichi.',
      professional: 'Ecco che cosa contengono le risposte. Per condividere meno, torni indietro e le modifichi.',
    },
    purposes: 'Per che cosa vengono usate',
    purposesHint: 'Selezioni ogni finalità accettata.',
    sharedWith: 'Con chi vengono condivise',
    sharedWithOrganisation: (organisation: string) =>
      `Solo con ${organisation}. Non vengono condivise con nessun altro nella rete.`,
    sharedWithHost:
      'Solo con l’organizzazione che gestisce questo sito. Può trasmettere la sua richiesta al servizio che ha scelto, solo per le finalità che accetta qui sotto.',
    withdrawal: 'Come revocare il consenso',
    withdrawalText: {
      self: 'Può cambiare idea in qualsiasi momento. Comunichi all’organizzazione che revoca il consenso e i suoi dati personali saranno cancellati.',
      professional:
        'La persona può revocare il consenso in qualsiasi momento comunicandolo alla sua organizzazione o all’organizzazione ricevente. I suoi dati personali vengono quindi cancellati.',
    },
    withdrawalConfirm: {
      self: 'Ho capito che posso revocare il mio consenso in qualsiasi momento',
      professional: 'Ho spiegato alla persona come revocare il consenso',
    },
    method: 'Come è stato dato il consenso?',
    explicit: {
      self: 'Acconsento a condividere le informazioni elencate sopra con questa organizzazione, per le finalità che ho selezionato',
      professional:
        'La persona ha acconsentito esplicitamente a condividere le informazioni elencate sopra con questa organizzazione, per le finalità selezionate',
    },
  },
  priority: {
    priority: 'Quanto è urgente?',
    answerWithin: plural('it', {
      one: 'Risposta attesa entro # ora',
      many: 'Risposta attesa entro # di ore',
      other: 'Risposta attesa entro # ore',
    }),
    responseDue: 'Risposta necessaria entro',
    responseDueHint: (defaultDue: string) =>
      `Lasci vuoto per usare il termine di questa priorità: ${defaultDue}. Può scegliere solo un momento precedente.`,
  },
  review: {
    heading: 'Controlli le risposte prima di inviare',
    change: 'Modifica',
    changeLabel: (section: string) => `Modifica: ${section}`,
    notProvided: 'Non indicato',
    yes: 'Sì',
    no: 'No',
    defaultResponseDue: 'Termine predefinito per questa priorità',
  },
  submit: { self: 'Invia la mia richiesta', professional: 'Invia la segnalazione' },
  submitting: 'Invio in corso…',
  errorSummaryTitle: 'C’è un problema',
  failure: {
    network:
      'Non è stato possibile inviare perché la connessione si è interrotta. Nulla di ciò che ha scritto è andato perso. Controlli la connessione e riprovi.',
    server:
      'Si è verificato un problema da parte nostra. Nulla di ciò che ha scritto è andato perso. Riprovi: non verrà inviato due volte.',
    rateLimited: 'Sono state inviate troppe richieste da qui. Attenda un minuto e riprovi.',
    notAuthorised: 'Questo modulo non è autorizzato a inviare richieste. Contatti chi gestisce questo sito.',
    rejected: 'Alcune risposte non sono state accettate. Le controlli e invii di nuovo.',
    retry: 'Riprova a inviare',
  },
  success: {
    title: { self: 'La sua richiesta è stata inviata', professional: 'Segnalazione inviata' },
    reference: 'Riferimento',
    nextContact:
      'L’organizzazione la contatterà nei modi che ha scelto, negli orari che ha indicato come sicuri. Se può farlo senza rischi, conservi questo riferimento.',
    nextNoContact:
      'Nessuno la contatterà. Quando sarà sicuro farlo, si metta in contatto con l’organizzazione e comunichi questo riferimento.',
    nextProfessional: (due: string) =>
      `L’organizzazione ricevente deve rispondere entro ${due}. La risposta comparirà tra le segnalazioni della sua organizzazione.`,
    followUp: {
      title: 'Per seguire la sua richiesta più tardi, annoti questi dati',
      text: 'Con il suo riferimento e questo codice segreto può vedere su questo sito a che punto è la sua richiesta, o revocare il consenso. Il codice viene mostrato solo questa volta: nessuno potrà mostrarglielo di nuovo.',
      reference: 'Riferimento',
      secret: 'Codice segreto',
      advice:
        'Li scriva su carta e la conservi in un posto sicuro. Non faccia screenshot né foto se qualcun altro può usare o guardare questo telefono o computer.',
      hide: 'L’ho annotato: nascondi il codice',
      hidden: 'Il codice segreto è nascosto e non viene conservato su questo dispositivo.',
    },
  },
  errors: {
    assistance: 'Selezioni almeno un tipo di aiuto',
    victimTypes: 'Selezioni almeno una voce su ciò che è successo',
    caseSummary: 'Scriva qualche parola su ciò che è successo',
    name: 'Inserisca un nome',
    languages: 'Selezioni almeno una lingua',
    contact: 'Indichi se il contatto è sicuro',
    channels: 'Selezioni almeno un canale sicuro per il contatto',
    phone: 'Inserisca un numero di telefono con il prefisso internazionale, ad esempio +351912345678',
    email: 'Inserisca un indirizzo e-mail, ad esempio nome@example.com',
    riskLevel: 'Selezioni il livello di rischio',
    purposes: 'Selezioni almeno una finalità',
    method: 'Selezioni come è stato dato il consenso',
    withdrawal: 'Confermi di aver spiegato come revocare il consenso',
    explicit: 'Serve il consenso prima di poter inviare qualsiasi cosa',
    priority: 'Selezioni il grado di urgenza',
    responseDue: 'Scelga un momento futuro, non oltre il termine di questa priorità',
    returnDate: 'Inserisca una data valida',
    policeReported: 'Indichi se il reato è stato denunciato alla polizia',
    proceedingsStage: 'Indichi a che punto è il procedimento penale',
    tooLong: (maximum: number) => `Inserisca al massimo ${maximum} caratteri`,
    blank: 'Questo campo non può essere vuoto',
    invalid: 'Controlli questa risposta',
  },
};
