/** Estonian strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formEt: typeof formEn = {
  title: { self: 'Palu abi', professional: 'Suuna juhtum' },
  intro: {
    self: 'Kirjutage meile, millist abi te vajate. Teie vastuseid näeb ainult organisatsioon, kes teid aitab.',
    professional: 'Suunake isik vastuvõtvale organisatsioonile. Jagage ainult seda, mis on vajalik.',
  },
  stepOf: (current: number, total: number) => `Samm ${current}/${total}`,
  steps: {
    needs: 'Vajalik abi',
    person: { self: 'Teie andmed', professional: 'Isiku andmed' },
    crossBorder: 'Piiriülene olukord',
    assessment: 'Individuaalne hindamine',
    consent: 'Nõusolek',
    priority: 'Prioriteet ja vastamise tähtaeg',
    review: 'Vastuste kontroll',
  },
  continue: 'Jätka',
  back: 'Tagasi',
  optional: '(valikuline)',
  selectAll: 'Valige kõik sobivad.',
  receiver: 'Saaja',
  service: 'Teenus',
  loadingService: 'Teenust laaditakse…',
  serviceLoadError: 'Teenust ei õnnestunud laadida. Kontrollige ühendust ja proovige uuesti.',
  retry: 'Proovi uuesti',
  noService: 'Teenust pole veel valitud. Valige kõigepealt teenus.',
  needs: {
    assistance: { self: 'Millist abi te vajate?', professional: 'Millist abi isik vajab?' },
    victimTypes: { self: 'Mis teiega juhtus?', professional: 'Mida isik on kogenud?' },
    caseSummary: { self: 'Mis juhtus, paari sõnaga?', professional: 'Juhtumi kokkuvõte' },
    caseSummaryHint: {
      self: 'Kirjutage ainult seda, mida soovite jagada. Üksikasju ei pea andma.',
      professional: 'Mida vastuvõttev organisatsioon peab teadma, et isik ei peaks oma lugu uuesti rääkima.',
    },
    notes: { self: 'Kas on veel midagi, mida peaksime teadma?', professional: 'Muud märkused vajaduste kohta' },
  },
  person: {
    name: { self: 'Kuidas me teid kutsume?', professional: 'Nimi või varjunimi' },
    nameHint: {
      self: 'Piisab eesnimest või mis tahes nimest, mille ise valite.',
      professional: 'Piisab eesnimest või varjunimest.',
    },
    languages: { self: 'Milliseid keeli te räägite?', professional: 'Keeled, mida isik räägib' },
    languagesHint: 'Valige vähemalt üks.',
    ageGroup: { self: 'Teie vanuserühm', professional: 'Vanuserühm' },
    ageGroups: {
      unspecified: 'Ei soovi öelda',
      child: 'Alla 18',
      adult: '18–64',
      'older-adult': '65 või vanem',
    },
    contact: {
      self: 'Kas organisatsioonil on ohutu teiega ühendust võtta?',
      professional: 'Kas vastuvõttev organisatsioon võib isikuga otse ühendust võtta?',
    },
    contactSafe: {
      self: 'Jah, minuga on ohutu ühendust võtta',
      professional: 'Jah, allpool toodud turvalistel viisidel',
    },
    contactNone: { self: 'Ei, ärge võtke minuga ühendust', professional: 'Ei, kogu suhtlus käib meie kaudu' },
    contactNoneHint: {
      self: 'Valige see, kui keegi teine võib näha teie telefoni, sõnumeid või e-kirju. Saate ise ühendust võtta, kui see on ohutu.',
      professional: 'Vastuvõttev organisatsioon võtab ühendust teie organisatsiooniga, mitte kunagi isikuga.',
    },
    channels: 'Turvalised viisid ühenduse võtmiseks',
    channelsHint: 'Valige kõik viisid, mis on turvalised.',
    phone: 'Telefoninumber',
    phoneHint: 'Koos riigikoodiga, näiteks +351 912 345 678',
    email: 'E-posti aadress',
    app: 'Milline sõnumirakendus?',
    safeTimes: { self: 'Millal on teiega ohutu ühendust võtta?', professional: 'Millal on ohutu ühendust võtta?' },
    safeTimesHint: 'Näiteks: tööpäeviti kella 10.00 ja 12.00 vahel, mitte kunagi õhtuti.',
    mayLeaveMessage: {
      self: 'Organisatsioon võib jätta sõnumi, milles ta end tutvustab',
      professional: 'Võib jätta sõnumi, milles on organisatsiooni nimi',
    },
    doNotContactNotes: {
      self: 'Kas organisatsioon peaks veel midagi teadma?',
      professional: 'Kuidas tuleks selle asemel ühendust võtta',
    },
  },
  crossBorder: {
    intro:
      'Mida vastuvõttev organisatsioon peab teadma olukorrast riikide vahel, et isikult ei peaks uuesti küsima. Kõik küsimused on vabatahtlikud.',
    crimeCountry: { self: 'Millises riigis see juhtus?', professional: 'Riik, kus kuritegu toimus' },
    crimePlace: 'Linn või koht, kus see juhtus',
    residenceCountry: 'Riik, kus isik elab',
    currentCountry: 'Riik, kus isik praegu on',
    returnDate: 'Kuupäev, mil isik lahkub kuriteo toimumise riigist',
    returnDateHint: 'Kui ta läheb koju või reisib edasi.',
    policeReported: 'Kas kuriteost teatati politseile?',
    policeCountry: 'Riik, kus sellest teatati',
    policeReference: 'Politsei viitenumber',
    proceedingsStage: 'Kui kaugel on kriminaalmenetlus?',
    proceedingsCountry: 'Kriminaalmenetluse riik',
    interpreterNeeded: { self: 'Kas vajate tõlki?', professional: 'Kas isik vajab tõlki?' },
    contactLanguage: 'Keel, milles isikuga ühendust võtta',
    contactLanguageHint: 'Kui see erineb keeltest, mida ta kõige paremini räägib.',
  },
  assessment: {
    riskLevel: 'Edasise kahju oht',
    riskLevelHint: 'Teie hinnang ohule, et isikule tehakse uuesti kahju.',
    protectionNeeds: 'Kaitsevajadused',
    notes: 'Märkused hindamise kohta',
  },
  consent: {
    intro: {
      self: 'Enne kui midagi saadetakse, lugege, mida jagatakse, ja valige, millega nõustute.',
      professional: 'Märkige, mida isik on selgesõnaliselt nõustunud jagama. Küsige tema käest iga punkti kohta.',
    },
    dataShared: 'Milliseid andmeid jagatakse',
    dataSharedHint: {
      self: 'Need andmed on teie vastustes. Kui soovite vähem jagada, minge tagasi ja muutke neid.',
      professional: 'Need andmed on vastustes. Kui soovite vähem jagada, minge tagasi ja muutke neid.',
    },
    purposes: 'Milleks neid kasutatakse',
    purposesHint: 'Valige kõik eesmärgid, millega on nõustutud.',
    sharedWith: 'Kellega neid jagatakse',
    sharedWithOrganisation: (organisation: string) =>
      `Ainult organisatsiooniga ${organisation}. Neid ei jagata kellegi teisega võrgustikus.`,
    sharedWithHost:
      'Ainult organisatsiooniga, kes seda veebilehte haldab. See võib teie pöördumise edastada teie valitud teenusele ainult nendel eesmärkidel, millega te allpool nõustute.',
    withdrawal: 'Kuidas nõusolekut tagasi võtta',
    withdrawalText: {
      self: 'Võite oma meelt igal ajal muuta. Öelge organisatsioonile, et võtate oma nõusoleku tagasi, ja teie isikuandmed kustutatakse.',
      professional:
        'Isik võib nõusoleku igal ajal tagasi võtta, teatades sellest teie organisatsioonile või vastuvõtvale organisatsioonile. Seejärel tema isikuandmed kustutatakse.',
    },
    withdrawalConfirm: {
      self: 'Saan aru, et võin oma nõusoleku igal ajal tagasi võtta',
      professional: 'Selgitasin isikule, kuidas nõusolekut tagasi võtta',
    },
    method: 'Kuidas nõusolek anti?',
    explicit: {
      self: 'Nõustun, et ülaltoodud andmeid jagatakse selle organisatsiooniga minu valitud eesmärkidel',
      professional:
        'Isik nõustus selgesõnaliselt, et ülaltoodud andmeid jagatakse selle organisatsiooniga valitud eesmärkidel',
    },
  },
  priority: {
    priority: 'Kui kiire see on?',
    answerWithin: plural('et', { other: 'Vastust oodatakse # tunni jooksul' }),
    responseDue: 'Vastus on vajalik hiljemalt',
    responseDueHint: (defaultDue: string) =>
      `Jätke tühjaks, et kasutada selle prioriteedi tähtaega: ${defaultDue}. Valida saab ainult varasema aja.`,
  },
  review: {
    heading: 'Kontrollige vastuseid enne saatmist',
    change: 'Muuda',
    changeLabel: (section: string) => `Muuda: ${section}`,
    notProvided: 'Pole esitatud',
    yes: 'Jah',
    no: 'Ei',
    defaultResponseDue: 'Selle prioriteedi vaiketähtaeg',
  },
  submit: { self: 'Saada minu pöördumine', professional: 'Saada suunamine' },
  submitting: 'Saadetakse…',
  errorSummaryTitle: 'Tekkis probleem',
  failure: {
    network:
      'Saatmine ebaõnnestus, sest ühendus katkes. Midagi teie kirjutatust pole kadunud. Kontrollige ühendust ja proovige uuesti.',
    server:
      'Meie poolel läks midagi valesti. Midagi teie kirjutatust pole kadunud. Proovige uuesti: seda ei saadeta kaks korda.',
    rateLimited: 'Siit on saadetud liiga palju päringuid. Oodake üks minut ja proovige uuesti.',
    notAuthorised: 'Sellel vormil pole luba päringuid saata. Võtke ühendust selle veebilehe omanikuga.',
    rejected: 'Mõnda vastust ei aktsepteeritud. Kontrollige neid ja saatke uuesti.',
    retry: 'Proovi uuesti saata',
  },
  success: {
    title: { self: 'Teie pöördumine on saadetud', professional: 'Suunamine saadetud' },
    reference: 'Viitenumber',
    nextContact:
      'Organisatsioon võtab teiega ühendust teie valitud viisidel ja aegadel, mille märkisite ohutuks. Kui see on ohutu, hoidke see viitenumber alles.',
    nextNoContact:
      'Keegi ei võta teiega ühendust. Kui see on ohutu, võtke ise organisatsiooniga ühendust ja öelge neile see viitenumber.',
    nextProfessional: (due: string) =>
      `Vastuvõttev organisatsioon peab vastama hiljemalt ${due}. Vastus ilmub teie organisatsiooni suunamiste juurde.`,
    followUp: {
      title: 'Oma taotluse hiljem kontrollimiseks kirjutage see üles',
      text: 'Viitenumbri ja selle salakoodiga näete sellel veebisaidil, mis teie taotlusega toimub, või saate oma nõusoleku tagasi võtta. Kood näidatakse ainult seekord: keegi ei saa seda teile uuesti näidata.',
      reference: 'Viitenumber',
      secret: 'Salakood',
      advice:
        'Kirjutage need paberile ja hoidke seda kindlas kohas. Ärge tehke ekraanipilti ega fotot, kui keegi teine võib seda telefoni või arvutit kasutada või näha.',
      hide: 'Kirjutasin üles: peida kood',
      hidden: 'Salakood on peidetud ja seda selles seadmes ei hoita.',
    },
  },
  errors: {
    assistance: 'Valige vähemalt üks abi liik',
    victimTypes: 'Valige vähemalt üks asi, mis juhtus',
    caseSummary: 'Kirjutage paar sõna juhtunu kohta',
    name: 'Sisestage nimi',
    languages: 'Valige vähemalt üks keel',
    contact: 'Valige, kas ühenduse võtmine on ohutu',
    channels: 'Valige vähemalt üks turvaline viis ühenduse võtmiseks',
    phone: 'Sisestage telefoninumber koos riigikoodiga, näiteks +351912345678',
    email: 'Sisestage e-posti aadress, näiteks name@example.com',
    riskLevel: 'Valige ohu tase',
    purposes: 'Valige vähemalt üks eesmärk',
    method: 'Valige, kuidas nõusolek anti',
    withdrawal: 'Kinnitage, et nõusoleku tagasivõtmist on selgitatud',
    explicit: 'Enne saatmist on vaja nõusolekut',
    priority: 'Valige, kui kiire see on',
    responseDue: 'Valige aeg tulevikus, mitte hiljem kui selle prioriteedi tähtaeg',
    returnDate: 'Sisestage kehtiv kuupäev',
    policeReported: 'Valige, kas kuriteost teatati politseile',
    proceedingsStage: 'Valige, kui kaugel on kriminaalmenetlus',
    tooLong: (maximum: number) => `Sisestage kuni ${maximum} tähemärki`,
    blank: 'See väli ei tohi olla tühi',
    invalid: 'Kontrollige seda vastust',
  },
};
