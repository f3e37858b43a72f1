/** Latvian strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formLv: typeof formEn = {
  title: { self: 'Lūgt atbalstu', professional: 'Nosūtīt gadījumu' },
  intro: {
    self: 'Pastāstiet, kāda palīdzība jums vajadzīga. Jūsu atbildes redzēs tikai organizācija, kas jūs atbalstīs.',
    professional: 'Nosūtiet personu uz uzņemošo organizāciju. Sniedziet tikai nepieciešamo informāciju.',
  },
  stepOf: (current: number, total: number) => `${current}. solis no ${total}`,
  steps: {
    needs: 'Vajadzīgais atbalsts',
    person: { self: 'Par jums', professional: 'Par personu' },
    crossBorder: 'Pārrobežu situācija',
    assessment: 'Individuālais izvērtējums',
    consent: 'Piekrišana',
    priority: 'Prioritāte un atbildes termiņš',
    review: 'Atbilžu pārbaude',
  },
  continue: 'Turpināt',
  back: 'Atpakaļ',
  optional: '(nav obligāti)',
  selectAll: 'Atzīmējiet visu, kas attiecas.',
  receiver: 'Saņēmējs',
  service: 'Pakalpojums',
  loadingService: 'Notiek pakalpojuma ielāde…',
  serviceLoadError: 'Pakalpojumu neizdevās ielādēt. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  retry: 'Mēģināt vēlreiz',
  noService: 'Pakalpojums vēl nav izvēlēts. Vispirms izvēlieties pakalpojumu.',
  needs: {
    assistance: { self: 'Kāda palīdzība jums vajadzīga?', professional: 'Kāda palīdzība vajadzīga personai?' },
    victimTypes: { self: 'Kas ar jums notika?', professional: 'Ko persona ir pārdzīvojusi?' },
    caseSummary: { self: 'Dažos vārdos: kas notika?', professional: 'Gadījuma kopsavilkums' },
    caseSummaryHint: {
      self: 'Rakstiet tikai to, ar ko vēlaties dalīties. Sīkāka informācija nav jāsniedz.',
      professional: 'Kas uzņemošajai organizācijai jāzina, lai personai nebūtu atkārtoti jāstāsta savs stāsts.',
    },
    notes: { self: 'Vai ir vēl kas, kas mums būtu jāzina?', professional: 'Citas piezīmes par vajadzībām' },
  },
  person: {
    name: { self: 'Kā jūs uzrunāt?', professional: 'Vārds vai pseidonīms' },
    nameHint: {
      self: 'Pietiek ar vārdu vai jebkuru jūsu izvēlētu vārdu.',
      professional: 'Pietiek ar vārdu vai pseidonīmu.',
    },
    languages: { self: 'Kādās valodās jūs runājat?', professional: 'Valodas, kurās persona runā' },
    languagesHint: 'Izvēlieties vismaz vienu.',
    ageGroup: { self: 'Jūsu vecuma grupa', professional: 'Vecuma grupa' },
    ageGroups: {
      unspecified: 'Nevēlos norādīt',
      child: 'Jaunāki par 18 gadiem',
      adult: '18–64 gadi',
      'older-adult': '65 gadi vai vairāk',
    },
    contact: {
      self: 'Vai organizācijai ir droši ar jums sazināties?',
      professional: 'Vai uzņemošā organizācija drīkst sazināties ar personu tieši?',
    },
    contactSafe: {
      self: 'Jā, ar mani ir droši sazināties',
      professional: 'Jā, tālāk norādītajos drošajos veidos',
    },
    contactNone: {
      self: 'Nē, nesazinieties ar mani',
      professional: 'Nē, visa saziņa notiek ar mūsu starpniecību',
    },
    contactNoneHint: {
      self: 'Izvēlieties šo, ja jūsu tālruni, ziņas vai e-pastu var redzēt kāds cits. Jūs varēsiet sazināties paši, kad tas būs droši.',
      professional: 'Uzņemošā organizācija sazināsies ar jūsu organizāciju, nekad ar pašu personu.',
    },
    channels: 'Droši saziņas veidi',
    channelsHint: 'Atzīmējiet visus drošos veidus.',
    phone: 'Tālruņa numurs',
    phoneHint: 'Ar valsts kodu, piemēram, +351 912 345 678',
    email: 'E-pasta adrese',
    app: 'Kura saziņas lietotne?',
    safeTimes: {
      self: 'Kad ar jums ir droši sazināties?',
      professional: 'Kad ir droši sazināties?',
    },
    safeTimesHint: 'Piemēram: darbdienās no 10.00 līdz 12.00, nekad vakaros.',
    mayLeaveMessage: {
      self: 'Organizācija drīkst atstāt ziņu, kurā norāda, kas tā ir',
      professional: 'Drīkst atstāt ziņu ar organizācijas nosaukumu',
    },
    doNotContactNotes: {
      self: 'Vai ir kaut kas, kas organizācijai būtu jāzina?',
      professional: 'Kā tā vietā organizēt saziņu',
    },
  },
  crossBorder: {
    intro:
      'Kas saņēmējai organizācijai jāzina par situāciju starp valstīm, lai personai nebūtu jājautā vēlreiz. Visi jautājumi nav obligāti.',
    crimeCountry: { self: 'Kurā valstī tas notika?', professional: 'Valsts, kurā noziegums notika' },
    crimePlace: 'Pilsēta vai vieta, kur tas notika',
    residenceCountry: 'Valsts, kurā persona dzīvo',
    currentCountry: 'Valsts, kurā persona ir tagad',
    returnDate: 'Datums, kad persona pamet nozieguma valsti',
    returnDateHint: 'Ja viņa brauc mājās vai ceļo tālāk.',
    policeReported: 'Vai par noziegumu ziņots policijai?',
    policeCountry: 'Valsts, kurā ziņots',
    policeReference: 'Policijas lietas numurs',
    proceedingsStage: 'Kādā stadijā ir kriminālprocess?',
    proceedingsCountry: 'Kriminālprocesa valsts',
    interpreterNeeded: { self: 'Vai jums vajag tulku?', professional: 'Vai personai vajag tulku?' },
    contactLanguage: 'Valoda, kādā sazināties ar personu',
    contactLanguageHint: 'Ja tā atšķiras no valodām, kurās viņa runā vislabāk.',
  },
  assessment: {
    riskLevel: 'Atkārtota kaitējuma risks',
    riskLevelHint: 'Jūsu izvērtējums par risku, ka personai atkal tiks nodarīts kaitējums.',
    protectionNeeds: 'Aizsardzības vajadzības',
    notes: 'Piezīmes par izvērtējumu',
  },
  consent: {
    intro: {
      self: 'Pirms kaut kas tiek nosūtīts, izlasiet, kas tiks nodots, un izvēlieties, kam piekrītat.',
      professional: 'Atzīmējiet, kādas informācijas nodošanai persona skaidri piekrita. Pajautājiet par katru punktu.',
    },
    dataShared: 'Kāda informācija tiek nodota',
    dataSharedHint: {
      self: 'Tas ir jūsu atbildēs. Lai nodotu mazāk, atgriezieties un mainiet tās.',
      professional: 'Tas ir atbildēs. Lai nodotu mazāk, atgriezieties un mainiet tās.',
    },
    purposes: 'Kam to izmanto',
    purposesHint: 'Atzīmējiet visus mērķus, kuriem dota piekrišana.',
    sharedWith: 'Kam to nodod',
    sharedWithOrganisation: (organisation: string) =>
      `Tikai organizācijai ${organisation}. Nevienam citam tīklā to nenodod.`,
    sharedWithHost:
      'Tikai organizācijai, kas uztur šo tīmekļvietni. Tā drīkst nodot jūsu pieprasījumu izvēlētajam pakalpojumam tikai tiem mērķiem, kuriem zemāk piekritīsiet.',
    withdrawal: 'Kā atsaukt piekrišanu',
    withdrawalText: {
      self: 'Jūs jebkurā laikā varat pārdomāt. Paziņojiet organizācijai, ka atsaucat piekrišanu, un jūsu personas dati tiks dzēsti.',
      professional:
        'Persona jebkurā laikā var atsaukt piekrišanu, paziņojot to jūsu vai uzņemošajai organizācijai. Pēc tam personas dati tiek dzēsti.',
    },
    withdrawalConfirm: {
      self: 'Es saprotu, ka varu jebkurā laikā atsaukt savu piekrišanu',
      professional: 'Es paskaidroju personai, kā atsaukt piekrišanu',
    },
    method: 'Kā tika dota piekrišana?',
    explicit: {
      self: 'Es piekrītu nodot iepriekš minēto informāciju šai organizācijai manis izvēlētajiem mērķiem',
      professional: 'Persona skaidri piekrita nodot iepriekš minēto informāciju šai organizācijai izvēlētajiem mērķiem',
    },
  },
  priority: {
    priority: 'Cik tas ir steidzami?',
    answerWithin: plural('lv', {
      zero: 'Atbilde gaidāma # stundu laikā',
      one: 'Atbilde gaidāma # stundas laikā',
      other: 'Atbilde gaidāma # stundu laikā',
    }),
    responseDue: 'Atbilde vajadzīga līdz',
    responseDueHint: (defaultDue: string) =>
      `Atstājiet tukšu, lai izmantotu šīs prioritātes termiņu: ${defaultDue}. Var izvēlēties tikai agrāku laiku.`,
  },
  review: {
    heading: 'Pirms nosūtīšanas pārbaudiet atbildes',
    change: 'Mainīt',
    changeLabel: (section: string) => `Mainīt: ${section}`,
    notProvided: 'Nav norādīts',
    yes: 'Jā',
    no: 'Nē',
    defaultResponseDue: 'Šīs prioritātes noklusējuma termiņš',
  },
  submit: { self: 'Nosūtīt manu pieprasījumu', professional: 'Sūtīt nosūtījumu' },
  submitting: 'Notiek sūtīšana…',
  errorSummaryTitle: 'Radās problēma',
  failure: {
    network:
      'Neizdevās nosūtīt, jo pārtrūka savienojums. Nekas no ievadītā nav zudis. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
    server: 'Mūsu pusē radās kļūda. Nekas no ievadītā nav zudis. Mēģiniet vēlreiz: nekas netiks nosūtīts divreiz.',
    rateLimited: 'No šejienes nosūtīts pārāk daudz pieprasījumu. Uzgaidiet minūti un mēģiniet vēlreiz.',
    notAuthorised: 'Šai veidlapai nav atļauts sūtīt pieprasījumus. Sazinieties ar šīs tīmekļvietnes īpašnieku.',
    rejected: 'Dažas atbildes netika pieņemtas. Pārbaudiet tās un nosūtiet vēlreiz.',
    retry: 'Mēģināt nosūtīt vēlreiz',
  },
  success: {
    title: { self: 'Jūsu pieprasījums ir nosūtīts', professional: 'Nosūtījums ir aizsūtīts' },
    reference: 'Atsauces numurs',
    nextContact:
      'Organizācija ar jums sazināsies jūsu izvēlētajos veidos, laikā, ko norādījāt kā drošu. Ja tas ir droši, saglabājiet šo numuru.',
    nextNoContact:
      'Neviens ar jums nesazināsies. Kad tas būs droši, sazinieties ar organizāciju un norādiet šo numuru.',
    nextProfessional: (due: string) =>
      `Uzņemošajai organizācijai jāatbild līdz ${due}. Atbilde parādīsies jūsu organizācijas nosūtījumos.`,
    followUp: {
      title: 'Lai vēlāk pārbaudītu savu pieprasījumu, pierakstiet šo',
      text: 'Ar atsauces numuru un šo slepeno kodu šajā tīmekļa vietnē varat redzēt, kas notiek ar jūsu pieprasījumu, vai atsaukt savu piekrišanu. Kods tiek parādīts tikai šoreiz: neviens to jums vairs nevarēs parādīt.',
      reference: 'Atsauces numurs',
      secret: 'Slepenais kods',
      advice:
        'Pierakstiet tos uz papīra un glabājiet drošā vietā. Neveidojiet ekrānuzņēmumu vai fotoattēlu, ja kāds cits var lietot vai redzēt šo tālruni vai datoru.',
      hide: 'Esmu pierakstījis(-usi): paslēpt kodu',
      hidden: 'Slepenais kods ir paslēpts un netiek glabāts šajā ierīcē.',
    },
  },
  errors: {
    assistance: 'Izvēlieties vismaz vienu palīdzības veidu',
    victimTypes: 'Izvēlieties vismaz vienu no notikušā',
    caseSummary: 'Uzrakstiet dažus vārdus par notikušo',
    name: 'Ievadiet vārdu',
    languages: 'Izvēlieties vismaz vienu valodu',
    contact: 'Norādiet, vai sazināties ir droši',
    channels: 'Izvēlieties vismaz vienu drošu saziņas veidu',
    phone: 'Ievadiet tālruņa numuru ar valsts kodu, piemēram, +351912345678',
    email: 'Ievadiet e-pasta adresi, piemēram, vards@example.com',
    riskLevel: 'Izvēlieties riska līmeni',
    purposes: 'Izvēlieties vismaz vienu mērķi',
    method: 'Norādiet, kā tika dota piekrišana',
    withdrawal: 'Apstipriniet, ka tika paskaidrots, kā atsaukt piekrišanu',
    explicit: 'Bez piekrišanas neko nevar nosūtīt',
    priority: 'Norādiet, cik tas ir steidzami',
    responseDue: 'Izvēlieties laiku nākotnē, ne vēlāku par šīs prioritātes termiņu',
    returnDate: 'Ievadiet derīgu datumu',
    policeReported: 'Izvēlieties, vai par noziegumu ziņots policijai',
    proceedingsStage: 'Izvēlieties kriminālprocesa stadiju',
    tooLong: (maximum: number) => `Ievadiet ne vairāk kā ${maximum} rakstzīmes`,
    blank: 'Šis lauks nedrīkst būt tukšs',
    invalid: 'Pārbaudiet šo atbildi',
  },
};
