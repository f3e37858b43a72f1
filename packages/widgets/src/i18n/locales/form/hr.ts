/** Croatian strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formHr: typeof formEn = {
  title: { self: 'Zatražite podršku', professional: 'Uputite slučaj' },
  intro: {
    self: 'Recite nam kakva Vam je pomoć potrebna. Vaše odgovore vidi samo organizacija koja će Vam pružati podršku.',
    professional: 'Uputite osobu organizaciji primateljici. Dijelite samo ono što je potrebno.',
  },
  stepOf: (current: number, total: number) => `Korak ${current} od ${total}`,
  steps: {
    needs: 'Potrebna podrška',
    person: { self: 'O Vama', professional: 'O osobi' },
    crossBorder: 'Prekogranična situacija',
    assessment: 'Pojedinačna procjena',
    consent: 'Privola',
    priority: 'Prioritet i rok za odgovor',
    review: 'Provjera odgovora',
  },
  continue: 'Nastavi',
  back: 'Natrag',
  optional: '(neobavezno)',
  selectAll: 'Odaberite sve što vrijedi.',
  receiver: 'Primatelj',
  service: 'Usluga',
  loadingService: 'Učitavanje usluge…',
  serviceLoadError: 'Usluga se nije mogla učitati. Provjerite vezu i pokušajte ponovno.',
  retry: 'Pokušaj ponovno',
  noService: 'Još nije odabrana nijedna usluga. Najprije odaberite uslugu.',
  needs: {
    assistance: { self: 'Kakva Vam je pomoć potrebna?', professional: 'Kakva je pomoć potrebna osobi?' },
    victimTypes: { self: 'Što Vam se dogodilo?', professional: 'Što je osoba doživjela?' },
    caseSummary: { self: 'Što se dogodilo, u nekoliko riječi?', professional: 'Sažetak slučaja' },
    caseSummaryHint: {
      self: 'Napišite samo ono što želite podijeliti. Ne morate navoditi pojedinosti.',
      professional:
        'Ono što organizacija primateljica treba znati kako osoba ne bi morala ponovno pričati svoju priču.',
    },
    notes: { self: 'Postoji li još nešto što bismo trebali znati?', professional: 'Ostale napomene o potrebama' },
  },
  person: {
    name: { self: 'Kako Vas možemo zvati?', professional: 'Ime ili pseudonim' },
    nameHint: {
      self: 'Dovoljno je ime ili bilo koje ime koje sami odaberete.',
      professional: 'Dovoljno je ime ili pseudonim.',
    },
    languages: { self: 'Koje jezike govorite?', professional: 'Jezici koje osoba govori' },
    languagesHint: 'Odaberite barem jedan.',
    ageGroup: { self: 'Vaša dobna skupina', professional: 'Dobna skupina' },
    ageGroups: {
      unspecified: 'Ne želim reći',
      child: 'Ispod 18',
      adult: '18 do 64',
      'older-adult': '65 ili više',
    },
    contact: {
      self: 'Je li sigurno da Vas organizacija kontaktira?',
      professional: 'Smije li organizacija primateljica izravno kontaktirati osobu?',
    },
    contactSafe: {
      self: 'Da, sigurno me je kontaktirati',
      professional: 'Da, na sigurne načine navedene u nastavku',
    },
    contactNone: { self: 'Ne, nemojte me kontaktirati', professional: 'Ne, svaki kontakt ide preko nas' },
    contactNoneHint: {
      self: 'Odaberite ovo ako netko drugi može vidjeti Vaš telefon, poruke ili e-poštu. Možete se sami javiti kada bude sigurno.',
      professional: 'Organizacija primateljica kontaktirat će Vašu organizaciju, nikada osobu.',
    },
    channels: 'Sigurni načini kontakta',
    channelsHint: 'Odaberite svaki način koji je siguran.',
    phone: 'Broj telefona',
    phoneHint: 'S pozivnim brojem države, na primjer +351 912 345 678',
    email: 'Adresa e-pošte',
    app: 'Koja aplikacija za poruke?',
    safeTimes: { self: 'Kada Vas je sigurno kontaktirati?', professional: 'Kada je kontakt siguran?' },
    safeTimesHint: 'Na primjer: radnim danom između 10:00 i 12:00, nikada navečer.',
    mayLeaveMessage: {
      self: 'Organizacija smije ostaviti poruku u kojoj navodi tko je',
      professional: 'Smije se ostaviti poruka s nazivom organizacije',
    },
    doNotContactNotes: {
      self: 'Postoji li nešto što bi organizacija trebala znati?',
      professional: 'Kako umjesto toga organizirati kontakt',
    },
  },
  crossBorder: {
    intro:
      'Što organizacija primateljica treba znati o situaciji između država, kako osobu ne bi trebalo ponovno pitati. Sva su pitanja neobavezna.',
    crimeCountry: {
      self: 'U kojoj se zemlji to dogodilo?',
      professional: 'Zemlja u kojoj je počinjeno kazneno djelo',
    },
    crimePlace: 'Grad ili mjesto gdje se to dogodilo',
    residenceCountry: 'Zemlja u kojoj osoba živi',
    currentCountry: 'Zemlja u kojoj je osoba sada',
    returnDate: 'Datum kada osoba napušta zemlju kaznenog djela',
    returnDateHint: 'Ako se vraća kući ili putuje dalje.',
    policeReported: 'Je li kazneno djelo prijavljeno policiji?',
    policeCountry: 'Zemlja u kojoj je prijavljeno',
    policeReference: 'Broj policijskog predmeta',
    proceedingsStage: 'Dokle je stigao kazneni postupak?',
    proceedingsCountry: 'Zemlja kaznenog postupka',
    interpreterNeeded: { self: 'Trebate li tumača?', professional: 'Treba li osobi tumač?' },
    contactLanguage: 'Jezik na kojem kontaktirati osobu',
    contactLanguageHint: 'Ako se razlikuje od jezika kojima najbolje govori.',
  },
  assessment: {
    riskLevel: 'Rizik od daljnje štete',
    riskLevelHint: 'Vaša procjena rizika da osoba ponovno pretrpi štetu.',
    protectionNeeds: 'Potrebe za zaštitom',
    notes: 'Napomene uz procjenu',
  },
  consent: {
    intro: {
      self: 'Prije nego što se išta pošalje, pročitajte što će se podijeliti i odaberite na što pristajete.',
      professional: 'Zabilježite na što je osoba izričito pristala. Pitajte je o svakoj stavci.',
    },
    dataShared: 'Koji se podaci dijele',
    dataSharedHint: {
      self: 'To sadrže Vaši odgovori. Ako želite podijeliti manje, vratite se i promijenite ih.',
      professional: 'To sadrže odgovori. Ako treba podijeliti manje, vratite se i promijenite ih.',
    },
    purposes: 'Za što se koriste',
    purposesHint: 'Odaberite svaku svrhu za koju je dana privola.',
    sharedWith: 'S kim se dijele',
    sharedWithOrganisation: (organisation: string) =>
      `Samo s organizacijom ${organisation}. Ne dijele se ni s kim drugim u mreži.`,
    sharedWithHost:
      'Samo s organizacijom koja vodi ovu web-stranicu. Ona smije Vaš zahtjev proslijediti odabranoj usluzi isključivo u svrhe na koje pristanete u nastavku.',
    withdrawal: 'Kako povući privolu',
    withdrawalText: {
      self: 'Možete se predomisliti u bilo kojem trenutku. Recite organizaciji da povlačite privolu i Vaši osobni podaci bit će izbrisani.',
      professional:
        'Osoba može u bilo kojem trenutku povući privolu tako da to kaže Vašoj organizaciji ili organizaciji primateljici. Tada se njezini osobni podaci brišu.',
    },
    withdrawalConfirm: {
      self: 'Razumijem da svoju privolu mogu povući u bilo kojem trenutku',
      professional: 'Osobi je objašnjeno kako povući privolu',
    },
    method: 'Kako je dana privola?',
    explicit: {
      self: 'Pristajem da se gore navedeni podaci podijele s ovom organizacijom u odabrane svrhe',
      professional:
        'Osoba je izričito pristala da se gore navedeni podaci podijele s ovom organizacijom u odabrane svrhe',
    },
  },
  priority: {
    priority: 'Koliko je hitno?',
    answerWithin: plural('hr', {
      one: 'Odgovor se očekuje u roku od # sata',
      few: 'Odgovor se očekuje u roku od # sata',
      other: 'Odgovor se očekuje u roku od # sati',
    }),
    responseDue: 'Odgovor je potreban do',
    responseDueHint: (defaultDue: string) =>
      `Ostavite prazno za rok ovog prioriteta: ${defaultDue}. Možete odabrati samo raniji trenutak.`,
  },
  review: {
    heading: 'Provjerite odgovore prije slanja',
    change: 'Promijeni',
    changeLabel: (section: string) => `Promijeni: ${section}`,
    notProvided: 'Nije navedeno',
    yes: 'Da',
    no: 'Ne',
    defaultResponseDue: 'Zadani rok za ovaj prioritet',
  },
  submit: { self: 'Pošalji moj zahtjev', professional: 'Pošalji upućivanje' },
  submitting: 'Slanje…',
  errorSummaryTitle: 'Postoji problem',
  failure: {
    network:
      'Slanje nije uspjelo jer je veza prekinuta. Ništa od onoga što ste upisali nije izgubljeno. Provjerite vezu i pokušajte ponovno.',
    server:
      'Kod nas je nešto pošlo po zlu. Ništa od onoga što ste upisali nije izgubljeno. Pokušajte ponovno: neće biti poslano dvaput.',
    rateLimited: 'Odavde je poslano previše zahtjeva. Pričekajte minutu i pokušajte ponovno.',
    notAuthorised: 'Ovaj obrazac nema dopuštenje za slanje zahtjeva. Obratite se vlasniku ove web-stranice.',
    rejected: 'Neki odgovori nisu prihvaćeni. Provjerite ih i pošaljite ponovno.',
    retry: 'Pošalji ponovno',
  },
  success: {
    title: { self: 'Vaš je zahtjev poslan', professional: 'Upućivanje poslano' },
    reference: 'Referentni broj',
    nextContact:
      'Organizacija će Vas kontaktirati na načine koje ste odabrali, u vrijeme koje ste naveli kao sigurno. Ako je sigurno, sačuvajte ovaj referentni broj.',
    nextNoContact:
      'Nitko Vas neće kontaktirati. Kada bude sigurno, javite se organizaciji i navedite ovaj referentni broj.',
    nextProfessional: (due: string) =>
      `Organizacija primateljica mora odgovoriti do ${due}. Odgovor će se pojaviti među upućivanjima Vaše organizacije.`,
    followUp: {
      title: 'Da biste kasnije provjerili svoj zahtjev, zapišite ovo',
      text: 'S referentnim brojem i ovom tajnom šifrom na ovoj stranici možete vidjeti što se događa s Vašim zahtjevom ili povući privolu. Šifra se prikazuje samo ovaj put: nitko Vam je ne može ponovno pokazati.',
      reference: 'Referentni broj',
      secret: 'Tajna šifra',
      advice:
        'Zapišite ih na papir i čuvajte ga na sigurnom mjestu. Nemojte snimati zaslon ni fotografirati ako netko drugi može koristiti ili gledati ovaj telefon ili računalo.',
      hide: 'Zapisao/zapisala sam: sakrij šifru',
      hidden: 'Tajna šifra je skrivena i ne čuva se na ovom uređaju.',
    },
  },
  errors: {
    assistance: 'Odaberite barem jednu vrstu pomoći',
    victimTypes: 'Odaberite barem jednu stavku o tome što se dogodilo',
    caseSummary: 'Upišite nekoliko riječi o tome što se dogodilo',
    name: 'Upišite ime',
    languages: 'Odaberite barem jedan jezik',
    contact: 'Odaberite je li kontakt siguran',
    channels: 'Odaberite barem jedan siguran način kontakta',
    phone: 'Upišite broj telefona s pozivnim brojem države, na primjer +351912345678',
    email: 'Upišite adresu e-pošte, na primjer name@example.com',
    riskLevel: 'Odaberite razinu rizika',
    purposes: 'Odaberite barem jednu svrhu',
    method: 'Odaberite kako je dana privola',
    withdrawal: 'Potvrdite da je objašnjeno kako se povlači privola',
    explicit: 'Bez privole ništa se ne može poslati',
    priority: 'Odaberite koliko je hitno',
    responseDue: 'Odaberite trenutak u budućnosti, najkasnije rok ovog prioriteta',
    returnDate: 'Unesite ispravan datum',
    policeReported: 'Odaberite je li kazneno djelo prijavljeno policiji',
    proceedingsStage: 'Odaberite dokle je stigao kazneni postupak',
    tooLong: (maximum: number) => `Upišite najviše ${maximum} znakova`,
    blank: 'Ovo polje ne smije biti prazno',
    invalid: 'Provjerite ovaj odgovor',
  },
};
