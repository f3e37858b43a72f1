/** Slovenian strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formSl: typeof formEn = {
  title: { self: 'Prosite za podporo', professional: 'Napotite primer' },
  intro: {
    self: 'Povejte nam, kakšno pomoč potrebujete. Vaše odgovore vidi samo organizacija, ki vam bo pomagala.',
    professional: 'Napotite osebo k sprejemni organizaciji. Delite samo tisto, kar je potrebno.',
  },
  stepOf: (current: number, total: number) => `Korak ${current} od ${total}`,
  steps: {
    needs: 'Potrebna podpora',
    person: { self: 'O vas', professional: 'O osebi' },
    crossBorder: 'Čezmejni položaj',
    assessment: 'Individualna ocena',
    consent: 'Privolitev',
    priority: 'Prednost in rok za odgovor',
    review: 'Preverite odgovore',
  },
  continue: 'Naprej',
  back: 'Nazaj',
  optional: '(neobvezno)',
  selectAll: 'Izberite vse, kar velja.',
  receiver: 'Prejemnik',
  service: 'Storitev',
  loadingService: 'Nalaganje storitve …',
  serviceLoadError: 'Storitve ni bilo mogoče naložiti. Preverite povezavo in poskusite znova.',
  retry: 'Poskusi znova',
  noService: 'Storitev še ni izbrana. Najprej izberite storitev.',
  needs: {
    assistance: { self: 'Kakšno pomoč potrebujete?', professional: 'Kakšno pomoč potrebuje oseba?' },
    victimTypes: { self: 'Kaj se vam je zgodilo?', professional: 'Kaj je oseba doživela?' },
    caseSummary: { self: 'Kaj se je zgodilo, v nekaj besedah?', professional: 'Povzetek primera' },
    caseSummaryHint: {
      self: 'Napišite samo to, kar želite deliti. Podrobnosti niso potrebne.',
      professional: 'Kar mora sprejemna organizacija vedeti, da osebi ne bo treba znova pripovedovati svoje zgodbe.',
    },
    notes: { self: 'Je še kaj, kar bi morali vedeti?', professional: 'Druge opombe o potrebah' },
  },
  person: {
    name: { self: 'Kako vas lahko kličemo?', professional: 'Ime ali psevdonim' },
    nameHint: {
      self: 'Dovolj je osebno ime ali katero koli ime, ki ga izberete.',
      professional: 'Dovolj je osebno ime ali psevdonim.',
    },
    languages: { self: 'Katere jezike govorite?', professional: 'Jeziki, ki jih oseba govori' },
    languagesHint: 'Izberite vsaj enega.',
    ageGroup: { self: 'Vaša starostna skupina', professional: 'Starostna skupina' },
    ageGroups: {
      unspecified: 'Ne želim povedati',
      child: 'Manj kot 18 let',
      adult: '18–64 let',
      'older-adult': '65 let ali več',
    },
    contact: {
      self: 'Ali je varno, da vas organizacija kontaktira?',
      professional: 'Ali lahko sprejemna organizacija osebo kontaktira neposredno?',
    },
    contactSafe: {
      self: 'Da, varno me je kontaktirati',
      professional: 'Da, na varne načine, navedene spodaj',
    },
    contactNone: {
      self: 'Ne, ne kontaktirajte me',
      professional: 'Ne, ves stik poteka prek nas',
    },
    contactNoneHint: {
      self: 'To izberite, če lahko kdo drug vidi vaš telefon, sporočila ali e-pošto. Oglasite se lahko sami, ko bo varno.',
      professional: 'Sprejemna organizacija bo kontaktirala vašo organizacijo, nikoli osebe same.',
    },
    channels: 'Varni načini za stik',
    channelsHint: 'Izberite vse načine, ki so varni.',
    phone: 'Telefonska številka',
    phoneHint: 'S kodo države, na primer +351 912 345 678',
    email: 'E-poštni naslov',
    app: 'Katera aplikacija za sporočanje?',
    safeTimes: {
      self: 'Kdaj vas je varno kontaktirati?',
      professional: 'Kdaj je varno vzpostaviti stik?',
    },
    safeTimesHint: 'Na primer: ob delavnikih med 10.00 in 12.00, nikoli zvečer.',
    mayLeaveMessage: {
      self: 'Organizacija lahko pusti sporočilo, v katerem pove, kdo je',
      professional: 'Lahko se pusti sporočilo z imenom organizacije',
    },
    doNotContactNotes: {
      self: 'Bi morala organizacija še kaj vedeti?',
      professional: 'Kako naj namesto tega poteka stik',
    },
  },
  crossBorder: {
    intro:
      'Kaj mora organizacija prejemnica vedeti o položaju med državami, da osebe ne bi bilo treba spraševati znova. Vsa vprašanja so neobvezna.',
    crimeCountry: {
      self: 'V kateri državi se je to zgodilo?',
      professional: 'Država, v kateri je bilo storjeno kaznivo dejanje',
    },
    crimePlace: 'Kraj, kjer se je to zgodilo',
    residenceCountry: 'Država, v kateri oseba živi',
    currentCountry: 'Država, v kateri je oseba zdaj',
    returnDate: 'Datum, ko oseba zapusti državo kaznivega dejanja',
    returnDateHint: 'Če se vrača domov ali potuje naprej.',
    policeReported: 'Ali je bilo kaznivo dejanje prijavljeno policiji?',
    policeCountry: 'Država, v kateri je bilo prijavljeno',
    policeReference: 'Številka policijske zadeve',
    proceedingsStage: 'Kako daleč je kazenski postopek?',
    proceedingsCountry: 'Država kazenskega postopka',
    interpreterNeeded: { self: 'Ali potrebujete tolmača?', professional: 'Ali oseba potrebuje tolmača?' },
    contactLanguage: 'Jezik za stik z osebo',
    contactLanguageHint: 'Če se razlikuje od jezikov, ki jih najbolje govori.',
  },
  assessment: {
    riskLevel: 'Tveganje nadaljnje škode',
    riskLevelHint: 'Vaša ocena tveganja, da bo oseba znova oškodovana.',
    protectionNeeds: 'Potrebe po zaščiti',
    notes: 'Opombe k oceni',
  },
  consent: {
    intro: {
      self: 'Preden se kar koli pošlje, preberite, kaj bo posredovano, in izberite, s čim se strinjate.',
      professional: 'Zabeležite, za posredovanje česa je oseba dala izrecno privolitev. Vprašajte jo o vsaki točki.',
    },
    dataShared: 'Katere informacije se posredujejo',
    dataSharedHint: {
      self: 'To vsebujejo vaši odgovori. Če želite posredovati manj, se vrnite in jih spremenite.',
      professional: 'To vsebujejo odgovori. Če želite posredovati manj, se vrnite in jih spremenite.',
    },
    purposes: 'Za kaj se uporabijo',
    purposesHint: 'Izberite vse namene, za katere je dana privolitev.',
    sharedWith: 'Komu se posredujejo',
    sharedWithOrganisation: (organisation: string) =>
      `Samo organizaciji ${organisation}. Nikomur drugemu v mreži se ne posredujejo.`,
    sharedWithHost:
      'Samo organizaciji, ki upravlja to spletno stran. Vašo prošnjo lahko posreduje izbrani storitvi samo za namene, s katerimi se strinjate spodaj.',
    withdrawal: 'Kako preklicati privolitev',
    withdrawalText: {
      self: 'Premislite si lahko kadar koli. Organizaciji sporočite, da privolitev prekličete, in vaši osebni podatki bodo izbrisani.',
      professional:
        'Oseba lahko privolitev kadar koli prekliče tako, da to sporoči vaši ali sprejemni organizaciji. Njeni osebni podatki se nato izbrišejo.',
    },
    withdrawalConfirm: {
      self: 'Razumem, da lahko privolitev kadar koli prekličem',
      professional: 'Osebi sem pojasnil(a), kako lahko prekliče privolitev',
    },
    method: 'Kako je bila privolitev dana?',
    explicit: {
      self: 'Strinjam se, da se zgoraj navedene informacije posredujejo tej organizaciji za namene, ki sem jih izbral(a)',
      professional:
        'Oseba je izrecno privolila, da se zgoraj navedene informacije posredujejo tej organizaciji za izbrane namene',
    },
  },
  priority: {
    priority: 'Kako nujno je?',
    answerWithin: plural('sl', {
      one: 'Odgovor pričakovan v # uri',
      two: 'Odgovor pričakovan v # urah',
      few: 'Odgovor pričakovan v # urah',
      other: 'Odgovor pričakovan v # urah',
    }),
    responseDue: 'Odgovor potreben do',
    responseDueHint: (defaultDue: string) =>
      `Pustite prazno, da velja rok za to prednost: ${defaultDue}. Izberete lahko samo zgodnejši čas.`,
  },
  review: {
    heading: 'Pred pošiljanjem preverite odgovore',
    change: 'Spremeni',
    changeLabel: (section: string) => `Spremeni: ${section}`,
    notProvided: 'Ni navedeno',
    yes: 'Da',
    no: 'Ne',
    defaultResponseDue: 'Privzeti rok za to prednost',
  },
  submit: { self: 'Pošlji prošnjo', professional: 'Pošlji napotitev' },
  submitting: 'Pošiljanje …',
  errorSummaryTitle: 'Prišlo je do težave',
  failure: {
    network:
      'Pošiljanje ni uspelo, ker se je povezava prekinila. Nič od vpisanega se ni izgubilo. Preverite povezavo in poskusite znova.',
    server: 'Pri nas je šlo nekaj narobe. Nič od vpisanega se ni izgubilo. Poskusite znova: nič ne bo poslano dvakrat.',
    rateLimited: 'Od tu je bilo poslanih preveč zahtev. Počakajte minuto in poskusite znova.',
    notAuthorised: 'Ta obrazec ne sme pošiljati zahtev. Obrnite se na lastnika te spletne strani.',
    rejected: 'Nekateri odgovori niso bili sprejeti. Preverite jih in pošljite znova.',
    retry: 'Poskusi poslati znova',
  },
  success: {
    title: { self: 'Vaša prošnja je bila poslana', professional: 'Napotitev je bila poslana' },
    reference: 'Referenčna številka',
    nextContact:
      'Organizacija vas bo kontaktirala na načine, ki ste jih izbrali, ob časih, ki ste jih navedli kot varne. Če je varno, shranite to številko.',
    nextNoContact: 'Nihče vas ne bo kontaktiral. Ko bo varno, se obrnite na organizacijo in ji sporočite to številko.',
    nextProfessional: (due: string) =>
      `Sprejemna organizacija mora odgovoriti do ${due}. Odgovor bo prikazan med napotitvami vaše organizacije.`,
    followUp: {
      title: 'Da boste lahko svojo prošnjo preverili pozneje, si zapišite to',
      text: 'Z referenčno številko in to skrivno kodo lahko na tej spletni strani vidite, kaj se dogaja z vašo prošnjo, ali prekličete svojo privolitev. Koda je prikazana samo tokrat: nihče vam je ne more pokazati znova.',
      reference: 'Referenčna številka',
      secret: 'Skrivna koda',
      advice:
        'Zapišite ju na papir in ga hranite na varnem mestu. Ne zajemite zaslona in ne fotografirajte, če lahko ta telefon ali računalnik uporablja ali vidi še kdo drug.',
      hide: 'Zapisal/-a sem: skrij kodo',
      hidden: 'Skrivna koda je skrita in se na tej napravi ne hrani.',
    },
  },
  errors: {
    assistance: 'Izberite vsaj eno vrsto pomoči',
    victimTypes: 'Izberite vsaj eno stvar, ki se je zgodila',
    caseSummary: 'Napišite nekaj besed o tem, kaj se je zgodilo',
    name: 'Vpišite ime',
    languages: 'Izberite vsaj en jezik',
    contact: 'Izberite, ali je stik varen',
    channels: 'Izberite vsaj en varen način za stik',
    phone: 'Vpišite telefonsko številko s kodo države, na primer +351912345678',
    email: 'Vpišite e-poštni naslov, na primer ime@example.com',
    riskLevel: 'Izberite stopnjo tveganja',
    purposes: 'Izberite vsaj en namen',
    method: 'Izberite, kako je bila privolitev dana',
    withdrawal: 'Potrdite, da je bilo pojasnjeno, kako preklicati privolitev',
    explicit: 'Brez privolitve ni mogoče ničesar poslati',
    priority: 'Izberite, kako nujno je',
    responseDue: 'Izberite čas v prihodnosti, ki ni poznejši od roka za to prednost',
    returnDate: 'Vnesite veljaven datum',
    policeReported: 'Izberite, ali je bilo kaznivo dejanje prijavljeno policiji',
    proceedingsStage: 'Izberite, kako daleč je kazenski postopek',
    tooLong: (maximum: number) => `Vpišite največ ${maximum} znakov`,
    blank: 'To polje ne sme biti prazno',
    invalid: 'Preverite ta odgovor',
  },
};
