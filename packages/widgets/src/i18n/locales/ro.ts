/** Romanian strings of the widgets. */
import { plural } from '../plural.js';
import type { Strings } from './en.js';

export const ro: Strings = {
  finder: {
    regionLabel: 'Găsiți un serviciu de sprijin',
    searchLabel: 'Căutați servicii',
    searchHint: 'Un nume, un loc sau un tip de ajutor, de exemplu: consiliere juridică',
    search: 'Căutați',
    filtersLegend: 'Filtrați serviciile',
    country: 'Țara',
    victimType: 'Ce s-a întâmplat',
    assistance: 'Tipul de ajutor',
    language: 'Limba vorbită',
    delivery: 'Cum se oferă sprijinul',
    freeOfCharge: 'Doar servicii gratuite',
    openNow: 'Doar deschise acum',
    any: 'Oricare',
    clearFilters: 'Ștergeți filtrele',
    searching: 'Se caută servicii…',
    loadingMore: 'Se încarcă mai multe servicii…',
    resultsShown: plural('ro', {
      one: '# serviciu afișat.',
      few: '# servicii afișate.',
      other: '# de servicii afișate.',
    }),
    moreAvailable: 'Sunt disponibile mai multe servicii.',
    emptyTitle: 'Niciun serviciu nu corespunde căutării',
    emptyHint: 'Încercați alte cuvinte sau eliminați câteva filtre.',
    errorTitle: 'Serviciile nu au putut fi încărcate',
    errorHint: 'Verificați conexiunea, apoi încercați din nou.',
    retry: 'Încercați din nou',
    loadMore: 'Afișați mai multe servicii',
    resultsLabel: 'Servicii',
  },
  map: {
    regionLabel: 'Harta serviciilor de sprijin',
    keyboardHint:
      'Pe hartă, apăsați Tab pentru a trece de la un loc la altul și Enter pentru a deschide unul sau pentru a mări un grup. Lista arată aceleași servicii.',
    place: (name: string, locality: string) => `${name}, ${locality}`,
    approximatePlace: (name: string, locality: string) => `${name}, zonă aproximativă: ${locality}`,
    approximateNote: (locality: string) => `Zonă aproximativă: ${locality}. Adresa rămâne confidențială.`,
    cluster: plural('ro', {
      one: '# serviciu în această zonă. Apăsați Enter pentru a mări.',
      few: '# servicii în această zonă. Apăsați Enter pentru a mări.',
      other: '# de servicii în această zonă. Apăsați Enter pentru a mări.',
    }),
    shown: plural('ro', {
      one: '# serviciu pe hartă.',
      few: '# servicii pe hartă.',
      other: '# de servicii pe hartă.',
    }),
    notOnMap: plural('ro', {
      one: '# serviciu nu este pe hartă: lucrează online sau prin telefon ori adresa sa este confidențială. Lista arată toate serviciile.',
      few: '# servicii nu sunt pe hartă: lucrează online sau prin telefon ori adresa lor este confidențială. Lista arată toate serviciile.',
      other:
        '# de servicii nu sunt pe hartă: lucrează online sau prin telefon ori adresa lor este confidențială. Lista arată toate serviciile.',
    }),
    close: 'Închide',
    zoomIn: 'Mărește',
    zoomOut: 'Micșorează',
    baseAttribution: 'Granițe: Natural Earth',
    viewLabel: 'Arată serviciile',
    listView: 'Ca listă',
    mapView: 'Pe hartă',
  },
  service: {
    organisation: 'Organizația',
    country: 'Țara',
    languages: 'Limbi',
    delivery: 'Cum se oferă sprijinul',
    hours: 'Program',
    capacity: 'Disponibilitate',
    contact: 'Contact',
    phone: 'Telefon',
    email: 'E-mail',
    website: 'Site web',
    chat: 'Chat online',
    freeOfCharge: 'Gratuit',
    confidential: 'Confidențial',
    alwaysOpen: 'Deschis non-stop, în fiecare zi',
    openUntil: (time: string) => `Deschis acum, până la ${time}`,
    opensAt: (when: string) => `Închis acum. Se deschide: ${when}`,
    closedNoTimes: 'Închis acum',
    noOpeningTimes: 'Programul nu este indicat',
    waitingDays: plural('ro', {
      one: 'Așteptare obișnuită: # zi',
      few: 'Așteptare obișnuită: # zile',
      other: 'Așteptare obișnuită: # de zile',
    }),
    capacityUpdated: (date: string) => `Actualizat la ${date}`,
    showDetails: 'Mai multe detalii',
    select: 'Alegeți acest serviciu',
    back: 'Înapoi la rezultate',
    about: 'Despre acest serviciu',
    assistance: 'Ajutor oferit',
    victimTypes: 'Pe cine ajută',
    accessRoutes: 'Cum se ajunge la serviciu',
    serviceArea: 'Zona acoperită',
    locations: 'Unde îl găsiți',
    eligibility: 'Cine poate apela la el',
    ages: (minimum: number | undefined, maximum: number | undefined) =>
      minimum !== undefined && maximum !== undefined
        ? `Vârsta (ani): ${minimum}–${maximum}`
        : minimum !== undefined
          ? `Vârsta minimă (ani): ${minimum}`
          : `Vârsta maximă (ani): ${maximum}`,
    accessibility: 'Accesibilitate',
    timeZoneNote: (timeZone: string) => `Orele sunt afișate în ora locală (${timeZone}).`,
    closedAllDay: 'Închis',
  },
  form: {
    title: { self: 'Cereți sprijin', professional: 'Trimiteți un caz' },
    intro: {
      self: 'Spuneți-ne de ce ajutor aveți nevoie. Doar organizația care vă va sprijini vă va vedea răspunsurile.',
      professional: 'Trimiteți persoana către organizația care o primește. Împărtășiți doar ce este necesar.',
    },
    stepOf: (current: number, total: number) => `Pasul ${current} din ${total}`,
    steps: {
      needs: 'Sprijinul necesar',
      person: { self: 'Despre dumneavoastră', professional: 'Despre persoană' },
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
      tooLong: (maximum: number) => `Numărul maxim de caractere: ${maximum}`,
      blank: 'Acest câmp nu poate fi gol',
      invalid: 'Verificați acest răspuns',
    },
  },
  quickExit: {
    emphasis: 'Urgență',
    button: 'Ieșiți de pe această pagină',
    keyboardHint: 'Sau apăsați de 3 ori tasta Shift',
    pressesLeft: plural('ro', {
      one: 'Shift: apăsați încă # dată pentru a ieși.',
      few: 'Shift: apăsați încă de # ori pentru a ieși.',
      other: 'Shift: apăsați încă de # de ori pentru a ieși.',
    }),
    expired: 'Ieșirea de pe pagină: timpul a expirat.',
    exiting: 'Se încarcă.',
  },
};
