/** Romanian strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const roStatus: typeof enStatus = {
  title: 'Verificați cererea dumneavoastră',
  intro:
    'Introduceți referința și codul secret primite când ați cerut ajutor. Nimic din ce introduceți nu este păstrat pe acest dispozitiv.',
  reference: 'Referință',
  referenceHint: 'De exemplu VR-7K3Q-92XD',
  secret: 'Cod secret',
  secretHint: 'Spațiile nu contează.',
  show: 'Afișează',
  hide: 'Ascunde',
  showSecret: 'Afișează codul secret',
  hideSecret: 'Ascunde codul secret',
  secretShown: 'Codul secret este vizibil.',
  secretHidden: 'Codul secret este ascuns.',
  check: 'Verifică cererea mea',
  checking: 'Se verifică…',
  errorSummaryTitle: 'Există o problemă',
  blankReference: 'Introduceți referința',
  blankSecret: 'Introduceți codul secret',
  wrong:
    'Nu am găsit nicio cerere cu această referință și acest cod secret. Verificați-le pe amândouă și încercați din nou.',
  locked: (when: string) =>
    `Au fost prea multe încercări, așa că verificarea acestei cereri este întreruptă pentru a o proteja. Încercați din nou ${when}.`,
  lockedLater:
    'Au fost prea multe încercări, așa că verificarea acestei cereri este întreruptă pentru a o proteja. Încercați din nou mai târziu.',
  network: 'Nu ne-am putut conecta. Verificați conexiunea și încercați din nou.',
  server: 'Ceva nu a funcționat la noi. Încercați din nou peste câteva minute.',
  notAuthorised: 'Acest site nu poate verifica cererile în acest moment. Contactați organizația care îl administrează.',
  yourRequest: 'Cererea dumneavoastră',
  status: 'Stare',
  changedAt: 'Ultima schimbare',
  organisation: 'Organizație',
  phone: 'Telefon',
  email: 'E-mail',
  website: 'Site web',
  nextStep: 'Ce urmează',
  statuses: {
    draft: 'Cererea dumneavoastră nu a fost trimisă încă.',
    sent: 'Cererea dumneavoastră a fost trimisă. Organizația nu a deschis-o încă.',
    received: 'Organizația a primit cererea dumneavoastră.',
    accepted: 'Organizația a acceptat cererea dumneavoastră și vă va sprijini.',
    declined: 'Organizația nu vă poate ajuta cu această cerere. Nu este vina dumneavoastră și există alt ajutor.',
    'in-progress': 'Organizația vă sprijină.',
    'on-hold': 'Sprijinul dumneavoastră este întrerupt deocamdată.',
    completed: 'Sprijinul dumneavoastră s-a încheiat.',
    failed: 'Sprijinul nu a putut fi oferit cum era planificat.',
    cancelled: 'Această cerere a fost închisă.',
    'withdrawn-consent': 'V-ați retras consimțământul. Datele dumneavoastră personale au fost șterse.',
  },
  nextSteps: {
    'wait-for-contact':
      'Vă vor contacta în modurile alese, la orele pe care le-ați indicat ca sigure. Dacă ați cerut să nu fiți contactat(ă), luați legătura cu ei când este sigur.',
    'support-under-way': 'Sprijinul dumneavoastră este în desfășurare. Contactați-i dacă se schimbă ceva.',
    'support-paused': 'Vă vor spune când poate fi reluat. Îi puteți contacta oricând.',
    'contact-organisation': 'Contactați-i pentru a găsi alt ajutor: vă pot spune cine altcineva vă poate sprijini.',
    'support-completed': 'Dacă aveți din nou nevoie de ajutor, puteți cere oricând.',
    'consent-withdrawn': 'Nu mai trebuie să faceți nimic. Puteți cere din nou ajutor oricând.',
  },
  withdraw: 'Îmi retrag consimțământul',
  withdrawTitle: 'Vă retrageți consimțământul?',
  withdrawExplained:
    'Dacă vă retrageți consimțământul, organizația nu mai lucrează la cererea dumneavoastră, iar datele dumneavoastră personale sunt șterse. Nu trebuie să dați niciun motiv. Nu se poate anula, dar puteți cere oricând din nou ajutor.',
  withdrawConfirm: 'Da, îmi retrag consimțământul',
  withdrawCancel: 'Nu, înapoi',
  withdrawing: 'Se retrage…',
  withdrawn: 'Consimțământul dumneavoastră a fost retras, iar datele personale au fost șterse.',
  cannotWithdraw:
    'Pentru această cerere consimțământul nu mai poate fi retras. Contactați organizația dacă aveți nevoie.',
  clear: 'Încheie și șterge',
  retry: 'Încercați din nou',
};
