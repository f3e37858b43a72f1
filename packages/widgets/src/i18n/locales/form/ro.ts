/** Romanian strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formRo: typeof formEn = {
  title: { self: 'Cereți sprijin', professional: 'Trimiteți un caz' },
  intro: {
    self: 'Spuneți-ne de ce ajutor aveți nevoie. Doar organizația care vă va sprijini vă va vedea răspunsurile.',
    professional: 'Trimiteți persoana către organizația care o primește. Împărtășiți doar ce este necesar.',
  },
  stepOf: (current: number, total: number) => `Pasul ${current} din ${total}`,
  steps: {
    needs: 'Sprijinul necesar',
    person: { self: 'Despre dumneavoastră', professional: 'Despre persoană' },
    crossBorder: 'Situația transfrontalieră',
    assessment: 'Evaluare individuală',
    consent: 'Consimțământ',
    priority: 'Prioritate și termen de răspuns',
    review: 'Verificarea răspunsurilor',
  },
  continue: 'Continuați',
  back: 'Înapoi',
  optional: '(opțional)',
  selectAll: 'Selectați toate variantele potrivite.',
  receiver: 'Destinatar',
  service: 'Serviciu',
  loadingService: 'Se încarcă serviciul…',
  serviceLoadError: 'Serviciul nu a putut fi încărcat. Verificați conexiunea, apoi încercați din nou.',
  retry: 'Încercați din nou',
  noService: 'Nu a fost ales încă niciun serviciu. Alegeți mai întâi un serviciu.',
  needs: {
    assistance: { self: 'De ce fel de ajutor aveți nevoie?', professional: 'De ce ajutor are nevoie persoana?' },
    victimTypes: { self: 'Ce vi s-a întâmplat?', professional: 'Prin ce a trecut persoana?' },
    caseSummary: { self: 'În câteva cuvinte, ce s-a întâmplat?', professional: 'Rezumatul cazului' },
    caseSummaryHint: {
      self: 'Scrieți doar ce doriți să împărtășiți. Nu trebuie să dați detalii.',
      professional:
        'Ce trebuie să știe organizația care primește cazul, pentru ca persoana să nu fie nevoită să își spună din nou povestea.',
    },
    notes: { self: 'Mai este ceva ce ar trebui să știm?', professional: 'Alte observații despre nevoi' },
  },
  person: {
    name: { self: 'Cum doriți să vă spunem?', professional: 'Nume sau pseudonim' },
    nameHint: {
      self: 'Este suficient un prenume sau orice nume alegeți.',
      professional: 'Este suficient un prenume sau un pseudonim.',
    },
    languages: { self: 'Ce limbi vorbiți?', professional: 'Limbile pe care le vorbește persoana' },
    languagesHint: 'Selectați cel puțin una.',
    ageGroup: { self: 'Grupa dumneavoastră de vârstă', professional: 'Grupa de vârstă' },
    ageGroups: {
      unspecified: 'Prefer să nu spun',
      child: 'Sub 18 ani',
      adult: '18–64 de ani',
      'older-adult': '65 de ani sau peste',
    },
    contact: {
      self: 'Este sigur pentru dumneavoastră ca organizația să vă contacteze?',
      professional: 'Poate organizația care primește cazul să contacteze direct persoana?',
    },
    contactSafe: {
      self: 'Da, mă puteți contacta în siguranță',
      professional: 'Da, prin modalitățile sigure de mai jos',
    },
    contactNone: {
      self: 'Nu, vă rog să nu mă contactați',
      professional: 'Nu, orice contact se face prin noi',
    },
    contactNoneHint: {
      self: 'Alegeți această variantă dacă altcineva vă poate vedea telefonul, mesajele sau e-mailurile. Puteți lua legătura cu organizația atunci când este sigur.',
      professional: 'Organizația care primește cazul va contacta organizația dumneavoastră, niciodată persoana.',
    },
    channels: 'Modalități sigure de contact',
    channelsHint: 'Selectați fiecare modalitate sigură.',
    phone: 'Număr de telefon',
    phoneHint: 'Cu prefixul țării, de exemplu +351 912 345 678',
    email: 'Adresă de e-mail',
    app: 'Ce aplicație de mesagerie?',
    safeTimes: {
      self: 'Când vă putem contacta în siguranță?',
      professional: 'Când este sigur să se ia legătura?',
    },
    safeTimesHint: 'De exemplu: în zilele lucrătoare între 10:00 și 12:00, niciodată seara.',
    mayLeaveMessage: {
      self: 'Organizația poate lăsa un mesaj în care spune cine este',
      professional: 'Se poate lăsa un mesaj cu numele organizației',
    },
    doNotContactNotes: {
      self: 'Este ceva ce ar trebui să știe organizația?',
      professional: 'Cum ar trebui organizat contactul în schimb',
    },
  },
  crossBorder: {
    intro:
      'Ce trebuie să știe organizația care primește trimiterea despre situația dintre țări, ca persoana să nu fie întrebată din nou. Toate întrebările sunt opționale.',
    crimeCountry: { self: 'În ce țară s-a întâmplat?', professional: 'Țara în care a avut loc infracțiunea' },
    crimePlace: 'Orașul sau locul în care s-a întâmplat',
    residenceCountry: 'Țara în care locuiește persoana',
    currentCountry: 'Țara în care se află acum persoana',
    returnDate: 'Data la care persoana părăsește țara în care a avut loc infracțiunea',
    returnDateHint: 'Dacă se întoarce acasă sau își continuă drumul.',
    policeReported: 'Infracțiunea a fost raportată poliției?',
    policeCountry: 'Țara în care a fost raportată',
    policeReference: 'Numărul de referință al poliției',
    proceedingsStage: 'În ce stadiu este procedura penală?',
    proceedingsCountry: 'Țara procedurii penale',
    interpreterNeeded: {
      self: 'Aveți nevoie de un interpret?',
      professional: 'Persoana are nevoie de un interpret?',
    },
    contactLanguage: 'Limba în care să fie contactată persoana',
    contactLanguageHint: 'Dacă diferă de limbile pe care le vorbește cel mai bine.',
  },
  assessment: {
    riskLevel: 'Riscul de a suferi noi vătămări',
    riskLevelHint: 'Evaluarea dumneavoastră privind riscul ca persoana să fie vătămată din nou.',
    protectionNeeds: 'Nevoi de protecție',
    notes: 'Observații privind evaluarea',
  },
  consent: {
    intro: {
      self: 'Înainte de a trimite ceva, citiți ce se va împărtăși și alegeți cu ce sunteți de acord.',
      professional:
        'Consemnați ce a acceptat persoana în mod explicit să fie împărtășit. Întrebați-o despre fiecare punct.',
    },
    dataShared: 'Ce informații se împărtășesc',
    dataSharedHint: {
      self: 'Acesta este conținutul răspunsurilor dumneavoastră. Pentru a împărtăși mai puțin, reveniți și modificați-le.',
      professional: 'Acesta este conținutul răspunsurilor. Pentru a împărtăși mai puțin, reveniți și modificați-le.',
    },
    purposes: 'În ce scop sunt folosite',
    purposesHint: 'Selectați fiecare scop acceptat.',
    sharedWith: 'Cu cine sunt împărtășite',
    sharedWithOrganisation: (organisation: string) =>
      `Doar cu ${organisation}. Nu sunt împărtășite cu nimeni altcineva din rețea.`,
    sharedWithHost:
      'Doar cu organizația care administrează acest site. Aceasta vă poate transmite cererea serviciului ales doar în scopurile cu care sunteți de acord mai jos.',
    withdrawal: 'Cum se retrage consimțământul',
    withdrawalText: {
      self: 'Vă puteți răzgândi oricând. Spuneți organizației că vă retrageți consimțământul, iar datele dumneavoastră personale vor fi șterse.',
      professional:
        'Persoana își poate retrage oricând consimțământul, anunțând organizația dumneavoastră sau organizația care primește cazul. Datele sale personale sunt atunci șterse.',
    },
    withdrawalConfirm: {
      self: 'Înțeleg că îmi pot retrage consimțământul oricând',
      professional: 'I-am explicat persoanei cum își poate retrage consimțământul',
    },
    method: 'Cum a fost exprimat consimțământul?',
    explicit: {
      self: 'Sunt de acord să împărtășesc informațiile de mai sus cu această organizație, în scopurile pe care le-am selectat',
      professional:
        'Persoana a acceptat în mod explicit să împărtășească informațiile de mai sus cu această organizație, în scopurile selectate',
    },
  },
  priority: {
    priority: 'Cât de urgent este?',
    answerWithin: plural('ro', {
      one: 'Răspuns așteptat în # oră',
      few: 'Răspuns așteptat în # ore',
      other: 'Răspuns așteptat în # de ore',
    }),
    responseDue: 'Răspuns necesar până la',
    responseDueHint: (defaultDue: string) =>
      `Lăsați gol pentru a folosi termenul acestei priorități: ${defaultDue}. Puteți alege doar un moment mai apropiat.`,
  },
  review: {
    heading: 'Verificați răspunsurile înainte de trimitere',
    change: 'Modificați',
    changeLabel: (section: string) => `Modificați: ${section}`,
    notProvided: 'Nu a fost indicat',
    yes: 'Da',
    no: 'Nu',
    defaultResponseDue: 'Termenul implicit pentru această prioritate',
  },
  submit: { self: 'Trimiteți cererea', professional: 'Trimiteți cazul' },
  submitting: 'Se trimite…',
  errorSummaryTitle: 'A apărut o problemă',
  failure: {
    network:
      'Trimiterea nu a reușit, deoarece conexiunea s-a întrerupt. Nu s-a pierdut nimic din ce ați scris. Verificați conexiunea, apoi încercați din nou.',
    server:
      'Ceva nu a funcționat din partea noastră. Nu s-a pierdut nimic din ce ați scris. Încercați din nou: nu se va trimite de două ori.',
    rateLimited: 'Au fost trimise prea multe cereri de aici. Așteptați un minut, apoi încercați din nou.',
    notAuthorised: 'Acest formular nu are permisiunea de a trimite cereri. Contactați administratorul acestui site.',
    rejected: 'Unele răspunsuri nu au fost acceptate. Verificați-le, apoi trimiteți din nou.',
    retry: 'Încercați să trimiteți din nou',
  },
  success: {
    title: { self: 'Cererea dumneavoastră a fost trimisă', professional: 'Cazul a fost trimis' },
    reference: 'Număr de referință',
    nextContact:
      'Organizația vă va contacta prin modalitățile alese, la orele pe care le-ați indicat ca sigure. Dacă este sigur, păstrați acest număr de referință.',
    nextNoContact:
      'Nimeni nu vă va contacta. Când este sigur, luați legătura cu organizația și comunicați acest număr de referință.',
    nextProfessional: (due: string) =>
      `Organizația care primește cazul trebuie să răspundă până la ${due}. Răspunsul va apărea la trimiterile organizației dumneavoastră.`,
    followUp: {
      title: 'Pentru a vă urmări cererea mai târziu, notați aceste date',
      text: 'Cu referința dumneavoastră și acest cod secret puteți vedea pe acest site ce se întâmplă cu cererea dumneavoastră sau vă puteți retrage consimțământul. Codul este afișat doar acum: nimeni nu vi-l mai poate arăta.',
      reference: 'Referință',
      secret: 'Cod secret',
      advice:
        'Scrieți-le pe hârtie și păstrați-o într-un loc sigur. Nu faceți captură de ecran sau fotografie dacă altcineva poate folosi sau vedea acest telefon sau calculator.',
      hide: 'L-am notat: ascunde codul',
      hidden: 'Codul secret este ascuns și nu este păstrat pe acest dispozitiv.',
    },
  },
  errors: {
    assistance: 'Selectați cel puțin un tip de ajutor',
    victimTypes: 'Selectați cel puțin o variantă despre ce s-a întâmplat',
    caseSummary: 'Scrieți câteva cuvinte despre ce s-a întâmplat',
    name: 'Introduceți un nume',
    languages: 'Selectați cel puțin o limbă',
    contact: 'Selectați dacă contactul este sigur',
    channels: 'Selectați cel puțin o modalitate sigură de contact',
    phone: 'Introduceți un număr de telefon cu prefixul țării, de exemplu +351912345678',
    email: 'Introduceți o adresă de e-mail, de exemplu nume@example.com',
    riskLevel: 'Selectați nivelul de risc',
    purposes: 'Selectați cel puțin un scop',
    method: 'Selectați cum a fost exprimat consimțământul',
    withdrawal: 'Confirmați că s-a explicat cum se retrage consimțământul',
    explicit: 'Este nevoie de consimțământ înainte de a trimite ceva',
    priority: 'Selectați cât de urgent este',
    responseDue: 'Alegeți un moment în viitor, nu mai târziu de termenul acestei priorități',
    returnDate: 'Introduceți o dată validă',
    policeReported: 'Alegeți dacă infracțiunea a fost raportată poliției',
    proceedingsStage: 'Alegeți stadiul procedurii penale',
    tooLong: (maximum: number) => `Numărul maxim de caractere: ${maximum}`,
    blank: 'Acest câmp nu poate fi gol',
    invalid: 'Verificați acest răspuns',
  },
};
