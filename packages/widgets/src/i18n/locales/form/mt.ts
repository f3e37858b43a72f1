/** Maltese strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formMt: typeof formEn = {
  title: { self: 'Itlob appoġġ', professional: 'Irreferi każ' },
  intro: {
    self: 'Għidilna x’għajnuna għandek bżonn. It-tweġibiet tiegħek tarahom biss l-organizzazzjoni li se tappoġġjak.',
    professional: 'Irreferi lill-persuna lill-organizzazzjoni li se tilqagħha. Aqsam biss dak li hemm bżonn.',
  },
  stepOf: (current: number, total: number) => `Pass ${current} minn ${total}`,
  steps: {
    needs: 'L-appoġġ meħtieġ',
    person: { self: 'Dwarek', professional: 'Dwar il-persuna' },
    crossBorder: 'Sitwazzjoni transkonfinali',
    assessment: 'Valutazzjoni individwali',
    consent: 'Kunsens',
    priority: 'Prijorità u ħin għat-tweġiba',
    review: 'Iċċekkja t-tweġibiet tiegħek',
  },
  continue: 'Kompli',
  back: 'Lura',
  optional: '(mhux obbligatorju)',
  selectAll: 'Agħżel dawk kollha li japplikaw.',
  receiver: 'Mibgħut lil',
  service: 'Servizz',
  loadingService: 'Qed jittella’ s-servizz…',
  serviceLoadError: 'Is-servizz ma setax jittella’. Iċċekkja l-konnessjoni tiegħek, imbagħad erġa’ pprova.',
  retry: 'Erġa’ pprova',
  noService: 'Għadu ma ntgħażel l-ebda servizz. L-ewwel agħżel servizz.',
  needs: {
    assistance: {
      self: 'X’tip ta’ għajnuna għandek bżonn?',
      professional: 'X’għajnuna għandha bżonn il-persuna?',
    },
    victimTypes: { self: 'X’ġralek?', professional: 'X’għaddiet minnu l-persuna?' },
    caseSummary: { self: 'Fi ftit kliem, x’ġara?', professional: 'Sommarju tal-każ' },
    caseSummaryHint: {
      self: 'Ikteb biss dak li tħossok komdu taqsam. M’għandekx għalfejn tagħti dettalji.',
      professional:
        'Dak li l-organizzazzjoni li se tilqa’ l-każ għandha tkun taf, biex il-persuna ma jkollhiex terġa’ tirrakkonta l-istorja tagħha.',
    },
    notes: { self: 'Hemm xi ħaġa oħra li għandna nkunu nafu?', professional: 'Noti oħra dwar il-ħtiġijiet' },
  },
  person: {
    name: { self: 'Kif għandna nsejħulek?', professional: 'Isem jew psewdonimu' },
    nameHint: {
      self: 'Biżżejjed l-ewwel isem jew kwalunkwe isem li tagħżel.',
      professional: 'Biżżejjed l-ewwel isem jew psewdonimu.',
    },
    languages: { self: 'Liema lingwi titkellem?', professional: 'Lingwi li titkellem il-persuna' },
    languagesHint: 'Agħżel mill-inqas waħda.',
    ageGroup: { self: 'Il-grupp tal-età tiegħek', professional: 'Grupp tal-età' },
    ageGroups: {
      unspecified: 'Nippreferi ma ngħidx',
      child: 'Taħt it-18-il sena',
      adult: '18 sa 64 sena',
      'older-adult': '65 sena jew aktar',
    },
    contact: {
      self: 'Huwa sigur għalik li l-organizzazzjoni tikkuntattjak?',
      professional: 'L-organizzazzjoni li se tilqa’ l-każ tista’ tikkuntattja lill-persuna direttament?',
    },
    contactSafe: {
      self: 'Iva, huwa sigur li tikkuntattjawni',
      professional: 'Iva, bil-modi siguri hawn taħt',
    },
    contactNone: {
      self: 'Le, tikkuntattjawnix',
      professional: 'Le, kull kuntatt isir permezz tagħna',
    },
    contactNoneHint: {
      self: 'Agħżel dan jekk xi ħadd ieħor jista’ jara t-telefon, il-messaġġi jew l-email tiegħek. Tista’ tikkuntattjana int meta jkun sigur.',
      professional:
        'L-organizzazzjoni li se tilqa’ l-każ tikkuntattja lill-organizzazzjoni tiegħek, qatt lill-persuna.',
    },
    channels: 'Modi siguri biex issir kuntatt',
    channelsHint: 'Agħżel kull mod li huwa sigur.',
    phone: 'Numru tat-telefon',
    phoneHint: 'Bil-kodiċi tal-pajjiż, pereżempju +351 912 345 678',
    email: 'Indirizz tal-email',
    app: 'Liema app tal-messaġġi?',
    safeTimes: {
      self: 'Meta huwa sigur li nikkuntattjawk?',
      professional: 'Meta huwa sigur li jsir kuntatt?',
    },
    safeTimesHint: 'Pereżempju: f’jiem ta’ xogħol bejn l-10:00 u s-12:00, qatt filgħaxija.',
    mayLeaveMessage: {
      self: 'L-organizzazzjoni tista’ tħalli messaġġ li jgħid min huma',
      professional: 'Jista’ jitħalla messaġġ li jsemmi l-organizzazzjoni',
    },
    doNotContactNotes: {
      self: 'Hemm xi ħaġa li l-organizzazzjoni għandha tkun taf?',
      professional: 'Kif għandu jiġi organizzat il-kuntatt minflok',
    },
  },
  crossBorder: {
    intro:
      'Dak li l-organizzazzjoni li tirċievi trid tkun taf dwar is-sitwazzjoni bejn il-pajjiżi, biex il-persuna ma tkunx mistoqsija mill-ġdid. Il-mistoqsijiet kollha huma fakultattivi.',
    crimeCountry: { self: 'F’liema pajjiż ġara?', professional: 'Il-pajjiż fejn seħħ ir-reat' },
    crimePlace: 'Il-belt jew il-post fejn ġara',
    residenceCountry: 'Il-pajjiż fejn tgħix il-persuna',
    currentCountry: 'Il-pajjiż fejn tinsab il-persuna issa',
    returnDate: 'Id-data meta l-persuna titlaq mill-pajjiż tar-reat',
    returnDateHint: 'Jekk hija sejra lura d-dar jew qed tkompli l-vjaġġ.',
    policeReported: 'Ir-reat ġie rrappurtat lill-pulizija?',
    policeCountry: 'Il-pajjiż fejn ġie rrappurtat',
    policeReference: 'In-numru ta’ referenza tal-pulizija',
    proceedingsStage: 'Kemm waslu l-proċeduri kriminali?',
    proceedingsCountry: 'Il-pajjiż tal-proċeduri kriminali',
    interpreterNeeded: { self: 'Għandek bżonn interpretu?', professional: 'Il-persuna għandha bżonn interpretu?' },
    contactLanguage: 'Il-lingwa li biha tikkuntattja lill-persuna',
    contactLanguageHint: 'Jekk hija differenti mil-lingwi li titkellem l-aħjar.',
  },
  assessment: {
    riskLevel: 'Riskju ta’ aktar ħsara',
    riskLevelHint: 'Il-valutazzjoni tiegħek tar-riskju li l-persuna terġa’ ssofri ħsara.',
    protectionNeeds: 'Ħtiġijiet ta’ protezzjoni',
    notes: 'Noti tal-valutazzjoni',
  },
  consent: {
    intro: {
      self: 'Qabel ma jintbagħat xejn, aqra x’se jinqasam u agħżel għal xiex taqbel.',
      professional: 'Niżżel dak li l-persuna qablet espliċitament li jinqasam. Staqsiha dwar kull punt.',
    },
    dataShared: 'Liema informazzjoni tinqasam',
    dataSharedHint: {
      self: 'Dan hu dak li fihom it-tweġibiet tiegħek. Biex taqsam inqas, mur lura u biddilhom.',
      professional: 'Dan hu dak li fihom it-tweġibiet. Biex taqsam inqas, mur lura u biddilhom.',
    },
    purposes: 'Għal xiex tintuża',
    purposesHint: 'Agħżel kull skop li ntlaħaq qbil dwaru.',
    sharedWith: 'Ma’ min tinqasam',
    sharedWithOrganisation: (organisation: string) =>
      `Ma’ ${organisation} biss. Ma tinqasam ma’ ħadd ieħor fin-network.`,
    sharedWithHost:
      'Mal-organizzazzjoni li tmexxi dan is-sit biss. Tista’ tgħaddi t-talba tiegħek lis-servizz li għażilt biss għall-iskopijiet li taqbel magħhom hawn taħt.',
    withdrawal: 'Kif tirtira l-kunsens',
    withdrawalText: {
      self: 'Tista’ tbiddel fehmtek meta trid. Għid lill-organizzazzjoni li qed tirtira l-kunsens tiegħek u l-informazzjoni personali tiegħek titħassar.',
      professional:
        'Il-persuna tista’ tirtira l-kunsens meta trid billi tgħid lill-organizzazzjoni tiegħek jew lill-organizzazzjoni li tkun laqgħet il-każ. Imbagħad id-data personali tagħha titħassar.',
    },
    withdrawalConfirm: {
      self: 'Nifhem li nista’ nirtira l-kunsens tiegħi meta rrid',
      professional: 'Spjegajt lill-persuna kif tirtira l-kunsens',
    },
    method: 'Kif ingħata l-kunsens?',
    explicit: {
      self: 'Naqbel li l-informazzjoni elenkata hawn fuq tinqasam ma’ din l-organizzazzjoni, għall-iskopijiet li għażilt',
      professional:
        'Il-persuna qablet espliċitament li l-informazzjoni elenkata hawn fuq tinqasam ma’ din l-organizzazzjoni, għall-iskopijiet magħżula',
    },
  },
  priority: {
    priority: 'Kemm hi urġenti din?',
    answerWithin: plural('mt', {
      one: 'Tweġiba mistennija fi żmien # siegħa',
      two: 'Tweġiba mistennija fi żmien # sigħat',
      few: 'Tweġiba mistennija fi żmien # sigħat',
      many: 'Tweġiba mistennija fi żmien # siegħa',
      other: 'Tweġiba mistennija fi żmien # siegħa',
    }),
    responseDue: 'Tweġiba meħtieġa sa',
    responseDueHint: (defaultDue: string) =>
      `Ħallih vojt biex jintuża l-ħin ta’ din il-prijorità: ${defaultDue}. Tista’ tagħżel biss ħin aktar kmieni.`,
  },
  review: {
    heading: 'Iċċekkja t-tweġibiet tiegħek qabel tibgħat',
    change: 'Biddel',
    changeLabel: (section: string) => `Biddel: ${section}`,
    notProvided: 'Mhux mogħti',
    yes: 'Iva',
    no: 'Le',
    defaultResponseDue: 'Il-ħin standard għal din il-prijorità',
  },
  submit: { self: 'Ibgħat it-talba tiegħi', professional: 'Ibgħat ir-riferiment' },
  submitting: 'Qed jintbagħat…',
  errorSummaryTitle: 'Hemm problema',
  failure: {
    network:
      'Ma setax jintbagħat għax il-konnessjoni waqgħet. Xejn minn dak li ktibt ma ntilef. Iċċekkja l-konnessjoni tiegħek, imbagħad erġa’ pprova.',
    server:
      'Xi ħaġa marret ħażin min-naħa tagħna. Xejn minn dak li ktibt ma ntilef. Erġa’ pprova: mhux se jintbagħat darbtejn.',
    rateLimited: 'Intbagħtu wisq talbiet minn hawn. Stenna minuta, imbagħad erġa’ pprova.',
    notAuthorised: 'Din il-formola mhix awtorizzata tibgħat talbiet. Ikkuntattja lis-sid ta’ dan is-sit.',
    rejected: 'Xi tweġibiet ma ġewx aċċettati. Iċċekkjahom, imbagħad ibgħat mill-ġdid.',
    retry: 'Ibgħat mill-ġdid',
  },
  success: {
    title: { self: 'It-talba tiegħek intbagħtet', professional: 'Ir-riferiment intbagħat' },
    reference: 'Numru ta’ referenza',
    nextContact:
      'L-organizzazzjoni se tikkuntattjak bil-modi li għażilt, fil-ħinijiet li għidt li huma siguri. Jekk huwa sigur, żomm dan in-numru ta’ referenza.',
    nextNoContact:
      'Ħadd mhu se jikkuntattjak. Meta jkun sigur, ikkuntattja lill-organizzazzjoni u agħtihom dan in-numru ta’ referenza.',
    nextProfessional: (due: string) =>
      `L-organizzazzjoni li se tilqa’ l-każ trid twieġeb sa ${due}. It-tweġiba tagħha tidher fir-riferimenti tal-organizzazzjoni tiegħek.`,
    followUp: {
      title: 'Biex tiċċekkja t-talba tiegħek aktar tard, ikteb dan',
      text: 'Bin-numru ta’ referenza u b’dan il-kodiċi sigriet tista’ tara fuq dan is-sit x’qed jiġri bit-talba tiegħek, jew tirtira l-kunsens tiegħek. Il-kodiċi jintwera darba biss: ħadd ma jista’ jurihulek mill-ġdid.',
      reference: 'Numru ta’ referenza',
      secret: 'Kodiċi sigriet',
      advice:
        'Iktibhom fuq karta u żommha f’post sigur. Tiħux screenshot jew ritratt jekk xi ħadd ieħor jista’ juża jew jara dan it-telefon jew il-kompjuter.',
      hide: 'Ktibtu: aħbi l-kodiċi',
      hidden: 'Il-kodiċi sigriet huwa moħbi u ma jinżammx fuq dan l-apparat.',
    },
  },
  errors: {
    assistance: 'Agħżel mill-inqas tip wieħed ta’ għajnuna',
    victimTypes: 'Agħżel mill-inqas ħaġa waħda li ġrat',
    caseSummary: 'Ikteb ftit kliem dwar x’ġara',
    name: 'Daħħal isem',
    languages: 'Agħżel mill-inqas lingwa waħda',
    contact: 'Agħżel jekk il-kuntatt huwiex sigur',
    channels: 'Agħżel mill-inqas mod wieħed sigur biex issir kuntatt',
    phone: 'Daħħal numru tat-telefon bil-kodiċi tal-pajjiż, bħal +351912345678',
    email: 'Daħħal indirizz tal-email, bħal isem@example.com',
    riskLevel: 'Agħżel il-livell tar-riskju',
    purposes: 'Agħżel mill-inqas skop wieħed',
    method: 'Agħżel kif ingħata l-kunsens',
    withdrawal: 'Ikkonferma li ġie spjegat kif jiġi rtirat il-kunsens',
    explicit: 'Hemm bżonn il-kunsens qabel ma jista’ jintbagħat xejn',
    priority: 'Agħżel kemm hi urġenti',
    responseDue: 'Agħżel ħin fil-futur, mhux aktar tard mill-ħin ta’ din il-prijorità',
    returnDate: 'Daħħal data valida',
    policeReported: 'Agħżel jekk ir-reat ġiex irrappurtat lill-pulizija',
    proceedingsStage: 'Agħżel kemm waslu l-proċeduri kriminali',
    tooLong: (maximum: number) => `Daħħal mhux aktar minn ${maximum} karattru`,
    blank: 'Dan ma jistax ikun vojt',
    invalid: 'Iċċekkja din it-tweġiba',
  },
};
