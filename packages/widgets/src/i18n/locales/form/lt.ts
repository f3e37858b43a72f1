/** Lithuanian strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formLt: typeof formEn = {
  title: { self: 'Kreiptis pagalbos', professional: 'Nukreipti atvejį' },
  intro: {
    self: 'Papasakokite, kokios pagalbos jums reikia. Jūsų atsakymus matys tik organizacija, kuri jums padės.',
    professional: 'Nukreipkite asmenį į priimančiąją organizaciją. Perduokite tik tai, kas būtina.',
  },
  stepOf: (current: number, total: number) => `${current} žingsnis iš ${total}`,
  steps: {
    needs: 'Reikalinga pagalba',
    person: { self: 'Apie jus', professional: 'Apie asmenį' },
    crossBorder: 'Tarpvalstybinė situacija',
    assessment: 'Individualus vertinimas',
    consent: 'Sutikimas',
    priority: 'Prioritetas ir atsakymo terminas',
    review: 'Atsakymų patikra',
  },
  continue: 'Tęsti',
  back: 'Atgal',
  optional: '(neprivaloma)',
  selectAll: 'Pažymėkite viską, kas tinka.',
  receiver: 'Gavėjas',
  service: 'Paslauga',
  loadingService: 'Įkeliama paslauga…',
  serviceLoadError: 'Nepavyko įkelti paslaugos. Patikrinkite ryšį ir bandykite dar kartą.',
  retry: 'Bandyti dar kartą',
  noService: 'Paslauga dar nepasirinkta. Pirmiausia pasirinkite paslaugą.',
  needs: {
    assistance: { self: 'Kokios pagalbos jums reikia?', professional: 'Kokios pagalbos reikia asmeniui?' },
    victimTypes: { self: 'Kas jums nutiko?', professional: 'Ką asmuo patyrė?' },
    caseSummary: { self: 'Keliais žodžiais: kas nutiko?', professional: 'Atvejo santrauka' },
    caseSummaryHint: {
      self: 'Rašykite tik tai, kuo norite pasidalyti. Smulkmenų nurodyti nereikia.',
      professional: 'Ką priimančiajai organizacijai reikia žinoti, kad asmeniui nereikėtų vėl pasakoti savo istorijos.',
    },
    notes: { self: 'Ar dar ką nors turėtume žinoti?', professional: 'Kitos pastabos apie poreikius' },
  },
  person: {
    name: { self: 'Kaip jus vadinti?', professional: 'Vardas arba slapyvardis' },
    nameHint: {
      self: 'Pakanka vardo arba bet kokio jūsų pasirinkto vardo.',
      professional: 'Pakanka vardo arba slapyvardžio.',
    },
    languages: { self: 'Kokiomis kalbomis kalbate?', professional: 'Kalbos, kuriomis asmuo kalba' },
    languagesHint: 'Pasirinkite bent vieną.',
    ageGroup: { self: 'Jūsų amžiaus grupė', professional: 'Amžiaus grupė' },
    ageGroups: {
      unspecified: 'Nenoriu nurodyti',
      child: 'Jaunesni nei 18 m.',
      adult: '18–64 m.',
      'older-adult': '65 m. ir vyresni',
    },
    contact: {
      self: 'Ar saugu, kad organizacija su jumis susisiektų?',
      professional: 'Ar priimančioji organizacija gali susisiekti su asmeniu tiesiogiai?',
    },
    contactSafe: {
      self: 'Taip, su manimi susisiekti saugu',
      professional: 'Taip, toliau nurodytais saugiais būdais',
    },
    contactNone: {
      self: 'Ne, su manimi nesisiekite',
      professional: 'Ne, visi kontaktai tik per mus',
    },
    contactNoneHint: {
      self: 'Pasirinkite tai, jei kas nors kitas gali matyti jūsų telefoną, žinutes ar el. laiškus. Galėsite patys susisiekti, kai bus saugu.',
      professional: 'Priimančioji organizacija susisieks su jūsų organizacija, o ne su pačiu asmeniu.',
    },
    channels: 'Saugūs susisiekimo būdai',
    channelsHint: 'Pažymėkite visus saugius būdus.',
    phone: 'Telefono numeris',
    phoneHint: 'Su šalies kodu, pavyzdžiui, +351 912 345 678',
    email: 'El. pašto adresas',
    app: 'Kuri pokalbių programėlė?',
    safeTimes: {
      self: 'Kada su jumis susisiekti saugu?',
      professional: 'Kada susisiekti saugu?',
    },
    safeTimesHint: 'Pavyzdžiui: darbo dienomis nuo 10:00 iki 12:00, niekada vakare.',
    mayLeaveMessage: {
      self: 'Organizacija gali palikti žinutę ir nurodyti, kas ji yra',
      professional: 'Galima palikti žinutę su organizacijos pavadinimu',
    },
    doNotContactNotes: {
      self: 'Ar organizacija turėtų dar ką nors žinoti?',
      professional: 'Kaip tuomet palaikyti ryšį',
    },
  },
  crossBorder: {
    intro:
      'Ką priimančioji organizacija turi žinoti apie padėtį tarp valstybių, kad asmens nereikėtų klausti dar kartą. Visi klausimai neprivalomi.',
    crimeCountry: { self: 'Kurioje šalyje tai nutiko?', professional: 'Šalis, kurioje padarytas nusikaltimas' },
    crimePlace: 'Miestas ar vieta, kur tai nutiko',
    residenceCountry: 'Šalis, kurioje asmuo gyvena',
    currentCountry: 'Šalis, kurioje asmuo yra dabar',
    returnDate: 'Data, kai asmuo išvyksta iš nusikaltimo šalies',
    returnDateHint: 'Jei grįžta namo ar keliauja toliau.',
    policeReported: 'Ar apie nusikaltimą pranešta policijai?',
    policeCountry: 'Šalis, kurioje pranešta',
    policeReference: 'Policijos bylos numeris',
    proceedingsStage: 'Kokiame etape yra baudžiamasis procesas?',
    proceedingsCountry: 'Baudžiamojo proceso šalis',
    interpreterNeeded: { self: 'Ar jums reikia vertėjo?', professional: 'Ar asmeniui reikia vertėjo?' },
    contactLanguage: 'Kalba, kuria susisiekti su asmeniu',
    contactLanguageHint: 'Jei ji skiriasi nuo kalbų, kuriomis jis geriausiai kalba.',
  },
  assessment: {
    riskLevel: 'Tolesnės žalos rizika',
    riskLevelHint: 'Jūsų vertinimas, kokia rizika, kad asmeniui vėl bus pakenkta.',
    protectionNeeds: 'Apsaugos poreikiai',
    notes: 'Vertinimo pastabos',
  },
  consent: {
    intro: {
      self: 'Prieš ką nors išsiunčiant, perskaitykite, kas bus perduota, ir pasirinkite, su kuo sutinkate.',
      professional:
        'Užfiksuokite, su kokios informacijos perdavimu asmuo aiškiai sutiko. Paklauskite apie kiekvieną punktą.',
    },
    dataShared: 'Kokia informacija perduodama',
    dataSharedHint: {
      self: 'Tai yra jūsų atsakymuose. Jei norite perduoti mažiau, grįžkite ir juos pakeiskite.',
      professional: 'Tai yra atsakymuose. Jei norite perduoti mažiau, grįžkite ir juos pakeiskite.',
    },
    purposes: 'Kam ji naudojama',
    purposesHint: 'Pažymėkite visus tikslus, kuriems duotas sutikimas.',
    sharedWith: 'Kam ji perduodama',
    sharedWithOrganisation: (organisation: string) =>
      `Tik organizacijai ${organisation}. Niekam kitam tinkle ji neperduodama.`,
    sharedWithHost:
      'Tik šią svetainę valdančiai organizacijai. Ji gali perduoti jūsų prašymą pasirinktai paslaugai tik tais tikslais, kuriems toliau duosite sutikimą.',
    withdrawal: 'Kaip atšaukti sutikimą',
    withdrawalText: {
      self: 'Galite bet kada persigalvoti. Praneškite organizacijai, kad atšaukiate sutikimą, ir jūsų asmens duomenys bus ištrinti.',
      professional:
        'Asmuo gali bet kada atšaukti sutikimą, pranešęs apie tai jūsų arba priimančiajai organizacijai. Tada jo asmens duomenys ištrinami.',
    },
    withdrawalConfirm: {
      self: 'Suprantu, kad sutikimą galiu atšaukti bet kada',
      professional: 'Paaiškinau asmeniui, kaip atšaukti sutikimą',
    },
    method: 'Kaip duotas sutikimas?',
    explicit: {
      self: 'Sutinku, kad pirmiau nurodyta informacija būtų perduota šiai organizacijai mano pasirinktais tikslais',
      professional:
        'Asmuo aiškiai sutiko, kad pirmiau nurodyta informacija būtų perduota šiai organizacijai pasirinktais tikslais',
    },
  },
  priority: {
    priority: 'Kiek tai skubu?',
    answerWithin: plural('lt', {
      one: 'Atsakymo laukiama per # valandą',
      few: 'Atsakymo laukiama per # valandas',
      many: 'Atsakymo laukiama per # valandos',
      other: 'Atsakymo laukiama per # valandų',
    }),
    responseDue: 'Atsakymas reikalingas iki',
    responseDueHint: (defaultDue: string) =>
      `Palikite tuščią, kad būtų taikomas šio prioriteto terminas: ${defaultDue}. Galima pasirinkti tik ankstesnį laiką.`,
  },
  review: {
    heading: 'Prieš siųsdami patikrinkite atsakymus',
    change: 'Keisti',
    changeLabel: (section: string) => `Keisti: ${section}`,
    notProvided: 'Nenurodyta',
    yes: 'Taip',
    no: 'Ne',
    defaultResponseDue: 'Numatytasis šio prioriteto terminas',
  },
  submit: { self: 'Siųsti prašymą', professional: 'Siųsti nukreipimą' },
  submitting: 'Siunčiama…',
  errorSummaryTitle: 'Iškilo problema',
  failure: {
    network:
      'Nepavyko išsiųsti, nes nutrūko ryšys. Niekas, ką įvedėte, neprarasta. Patikrinkite ryšį ir bandykite dar kartą.',
    server:
      'Mūsų pusėje kažkas nepavyko. Niekas, ką įvedėte, neprarasta. Bandykite dar kartą: niekas nebus išsiųsta du kartus.',
    rateLimited: 'Iš čia išsiųsta per daug užklausų. Palaukite minutę ir bandykite dar kartą.',
    notAuthorised: 'Šiai formai neleidžiama siųsti užklausų. Kreipkitės į šios svetainės savininką.',
    rejected: 'Kai kurie atsakymai nepriimti. Patikrinkite juos ir siųskite dar kartą.',
    retry: 'Bandyti siųsti dar kartą',
  },
  success: {
    title: { self: 'Jūsų prašymas išsiųstas', professional: 'Nukreipimas išsiųstas' },
    reference: 'Registracijos numeris',
    nextContact:
      'Organizacija susisieks su jumis jūsų pasirinktais būdais, tuo laiku, kurį nurodėte kaip saugų. Jei saugu, išsaugokite šį numerį.',
    nextNoContact: 'Niekas su jumis nesisieks. Kai bus saugu, susisiekite su organizacija ir nurodykite šį numerį.',
    nextProfessional: (due: string) =>
      `Priimančioji organizacija turi atsakyti iki ${due}. Atsakymas bus matomas jūsų organizacijos nukreipimuose.`,
    followUp: {
      title: 'Kad vėliau galėtumėte patikrinti savo prašymą, užsirašykite tai',
      text: 'Su nuorodos numeriu ir šiuo slaptu kodu šioje svetainėje galite pamatyti, kas vyksta su jūsų prašymu, arba atšaukti sutikimą. Kodas rodomas tik šį kartą: niekas negalės jo jums parodyti dar kartą.',
      reference: 'Nuorodos numeris',
      secret: 'Slaptas kodas',
      advice:
        'Užsirašykite juos ant popieriaus ir laikykite saugioje vietoje. Nedarykite ekrano kopijos ar nuotraukos, jei kas nors kitas gali naudotis šiuo telefonu ar kompiuteriu ar į jį žiūrėti.',
      hide: 'Užsirašiau: slėpti kodą',
      hidden: 'Slaptas kodas paslėptas ir šiame įrenginyje nesaugomas.',
    },
  },
  errors: {
    assistance: 'Pasirinkite bent vieną pagalbos rūšį',
    victimTypes: 'Pasirinkite bent vieną variantą, kas nutiko',
    caseSummary: 'Parašykite kelis žodžius apie tai, kas nutiko',
    name: 'Įveskite vardą',
    languages: 'Pasirinkite bent vieną kalbą',
    contact: 'Pasirinkite, ar susisiekti saugu',
    channels: 'Pasirinkite bent vieną saugų susisiekimo būdą',
    phone: 'Įveskite telefono numerį su šalies kodu, pavyzdžiui, +351912345678',
    email: 'Įveskite el. pašto adresą, pavyzdžiui, vardas@example.com',
    riskLevel: 'Pasirinkite rizikos lygį',
    purposes: 'Pasirinkite bent vieną tikslą',
    method: 'Pasirinkite, kaip duotas sutikimas',
    withdrawal: 'Patvirtinkite, kad paaiškinta, kaip atšaukti sutikimą',
    explicit: 'Be sutikimo nieko negalima išsiųsti',
    priority: 'Pasirinkite, kiek tai skubu',
    responseDue: 'Pasirinkite būsimą laiką, ne vėlesnį nei šio prioriteto terminas',
    returnDate: 'Įveskite tinkamą datą',
    policeReported: 'Pasirinkite, ar apie nusikaltimą pranešta policijai',
    proceedingsStage: 'Pasirinkite baudžiamojo proceso etapą',
    tooLong: (maximum: number) => `Įveskite ne daugiau kaip ${maximum} simbolių`,
    blank: 'Šis laukas negali būti tuščias',
    invalid: 'Patikrinkite šį atsakymą',
  },
};
