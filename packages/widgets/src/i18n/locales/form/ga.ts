/** Irish strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formGa: typeof formEn = {
  title: { self: 'Iarr tacaíocht', professional: 'Atreoraigh cás' },
  intro: {
    self: 'Inis dúinn cén chabhair atá uait. Ní fheicfidh ach an eagraíocht a thabharfaidh tacaíocht duit d’fhreagraí.',
    professional:
      'Atreoraigh an duine chuig an eagraíocht a ghlacfaidh leis an gcás. Ná roinn ach a bhfuil riachtanach.',
  },
  stepOf: (current: number, total: number) => `Céim ${current} as ${total}`,
  steps: {
    needs: 'Tacaíocht atá ag teastáil',
    person: { self: 'Fút féin', professional: 'Faoin duine' },
    crossBorder: 'Cás trasteorann',
    assessment: 'Measúnú aonair',
    consent: 'Toiliú',
    priority: 'Tosaíocht agus am freagartha',
    review: 'Seiceáil d’fhreagraí',
  },
  continue: 'Lean ar aghaidh',
  back: 'Siar',
  optional: '(roghnach)',
  selectAll: 'Roghnaigh gach ceann a bhaineann leat.',
  receiver: 'Seolta chuig',
  service: 'Seirbhís',
  loadingService: 'An tseirbhís á lódáil…',
  serviceLoadError: 'Níorbh fhéidir an tseirbhís a lódáil. Seiceáil do nasc, ansin bain triail eile as.',
  retry: 'Bain triail eile as',
  noService: 'Níor roghnaíodh seirbhís fós. Roghnaigh seirbhís ar dtús.',
  needs: {
    assistance: { self: 'Cén cineál cabhrach atá uait?', professional: 'Cén chabhair atá ag teastáil ón duine?' },
    victimTypes: { self: 'Cad a tharla duit?', professional: 'Cad atá fulaingthe ag an duine?' },
    caseSummary: { self: 'I mbeagán focal, cad a tharla?', professional: 'Achoimre ar an gcás' },
    caseSummaryHint: {
      self: 'Ná scríobh ach a bhfuil tú compordach á roinnt. Ní gá duit sonraí a thabhairt.',
      professional:
        'An méid is gá don eagraíocht ghlactha a bheith ar an eolas faoi, ionas nach mbeidh ar an duine a scéal a insint arís.',
    },
    notes: {
      self: 'An bhfuil aon rud eile ba chóir dúinn a bheith ar an eolas faoi?',
      professional: 'Nótaí eile faoi na riachtanais',
    },
  },
  person: {
    name: { self: 'Cad ba chóir dúinn a thabhairt ort?', professional: 'Ainm nó ainm cleite' },
    nameHint: {
      self: 'Is leor céadainm nó aon ainm a roghnaíonn tú.',
      professional: 'Is leor céadainm nó ainm cleite.',
    },
    languages: { self: 'Cé na teangacha a labhraíonn tú?', professional: 'Teangacha a labhraíonn an duine' },
    languagesHint: 'Roghnaigh ceann amháin ar a laghad.',
    ageGroup: { self: 'D’aoisghrúpa', professional: 'Aoisghrúpa' },
    ageGroups: {
      unspecified: 'B’fhearr liom gan é a rá',
      child: 'Faoi 18',
      adult: '18 go 64',
      'older-adult': '65 nó níos sine',
    },
    contact: {
      self: 'An bhfuil sé sábháilte don eagraíocht teagmháil a dhéanamh leat?',
      professional: 'An féidir leis an eagraíocht ghlactha teagmháil dhíreach a dhéanamh leis an duine?',
    },
    contactSafe: {
      self: 'Tá, tá sé sábháilte teagmháil a dhéanamh liom',
      professional: 'Is féidir, trí na bealaí sábháilte thíos',
    },
    contactNone: {
      self: 'Níl, ná déan teagmháil liom',
      professional: 'Ní féidir, déantar gach teagmháil trínár n-eagraíocht',
    },
    contactNoneHint: {
      self: 'Roghnaigh é seo má d’fhéadfadh duine eile d’fhón, do theachtaireachtaí nó do ríomhphost a fheiceáil. Is féidir leat teagmháil a dhéanamh nuair a bheidh sé sábháilte.',
      professional: 'Déanfaidh an eagraíocht ghlactha teagmháil le d’eagraíocht, ní leis an duine riamh.',
    },
    channels: 'Bealaí sábháilte chun teagmháil a dhéanamh',
    channelsHint: 'Roghnaigh gach bealach atá sábháilte.',
    phone: 'Uimhir fóin',
    phoneHint: 'Leis an gcód tíre, mar shampla +351 912 345 678',
    email: 'Seoladh ríomhphoist',
    app: 'Cén aip teachtaireachtaí?',
    safeTimes: {
      self: 'Cathain is sábháilte teagmháil a dhéanamh leat?',
      professional: 'Cathain is sábháilte teagmháil a dhéanamh?',
    },
    safeTimesHint: 'Mar shampla: laethanta oibre idir 10:00 agus 12:00, ach ní sa tráthnóna.',
    mayLeaveMessage: {
      self: 'Is féidir leis an eagraíocht teachtaireacht a fhágáil a deir cé hiad féin',
      professional: 'Is féidir teachtaireacht a luann an eagraíocht a fhágáil',
    },
    doNotContactNotes: {
      self: 'An bhfuil aon rud ba chóir don eagraíocht a bheith ar an eolas faoi?',
      professional: 'Conas ba chóir teagmháil a shocrú ina ionad sin',
    },
  },
  crossBorder: {
    intro:
      'An méid is gá don eagraíocht a fhaigheann é a bheith ar eolas faoin gcás idir tíortha, ionas nach gcaithfear ceist a chur ar an duine arís. Tá gach ceist roghnach.',
    crimeCountry: { self: 'Cén tír inar tharla sé?', professional: 'An tír inar tharla an choir' },
    crimePlace: 'Baile nó áit inar tharla sé',
    residenceCountry: 'An tír ina gcónaíonn an duine',
    currentCountry: 'An tír ina bhfuil an duine anois',
    returnDate: 'An dáta a fhágann an duine tír na coire',
    returnDateHint: 'Má tá siad ag dul abhaile nó ag taisteal ar aghaidh.',
    policeReported: 'Ar tuairiscíodh an choir do na póilíní?',
    policeCountry: 'An tír inar tuairiscíodh í',
    policeReference: 'Uimhir thagartha na bpóilíní',
    proceedingsStage: 'Cén chéim ag a bhfuil na himeachtaí coiriúla?',
    proceedingsCountry: 'Tír na n-imeachtaí coiriúla',
    interpreterNeeded: {
      self: 'An bhfuil ateangaire uait?',
      professional: 'An bhfuil ateangaire ag teastáil ón duine?',
    },
    contactLanguage: 'An teanga ina ndéanfar teagmháil leis an duine',
    contactLanguageHint: 'Más teanga í seachas na teangacha is fearr atá acu.',
  },
  assessment: {
    riskLevel: 'Baol tuilleadh díobhála',
    riskLevelHint: 'Do mheasúnú ar an mbaol go ndéanfar díobháil don duine arís.',
    protectionNeeds: 'Riachtanais chosanta',
    notes: 'Nótaí measúnaithe',
  },
  consent: {
    intro: {
      self: 'Sula seoltar aon rud, léigh cad a roinnfear agus roghnaigh cad a aontaíonn tú leis.',
      professional: 'Taifead cad a d’aontaigh an duine go sainráite a roinnt. Cuir ceist air nó uirthi faoi gach mír.',
    },
    dataShared: 'An fhaisnéis a roinntear',
    dataSharedHint: {
      self: 'Seo a bhfuil i d’fhreagraí. Chun níos lú a roinnt, téigh siar agus athraigh iad.',
      professional: 'Seo a bhfuil sna freagraí. Chun níos lú a roinnt, téigh siar agus athraigh iad.',
    },
    purposes: 'Cad chuige a n-úsáidtear í',
    purposesHint: 'Roghnaigh gach cuspóir a aontaíodh.',
    sharedWith: 'Cé leis a roinntear í',
    sharedWithOrganisation: (organisation: string) =>
      `Le ${organisation} amháin. Ní roinntear le haon duine eile sa líonra í.`,
    sharedWithHost:
      'Leis an eagraíocht a reáchtálann an suíomh gréasáin seo amháin. Féadfaidh sí d’iarratas a chur ar aghaidh chuig an tseirbhís a roghnaigh tú, ach amháin chun na gcuspóirí a n-aontaíonn tú leo thíos.',
    withdrawal: 'Conas toiliú a tharraingt siar',
    withdrawalText: {
      self: 'Is féidir leat d’intinn a athrú am ar bith. Inis don eagraíocht go bhfuil do thoiliú á tharraingt siar agat agus scriosfar d’fhaisnéis phearsanta.',
      professional:
        'Is féidir leis an duine toiliú a tharraingt siar am ar bith trí insint d’eagraíocht nó don eagraíocht ghlactha. Scriostar na sonraí pearsanta ansin.',
    },
    withdrawalConfirm: {
      self: 'Tuigim gur féidir liom mo thoiliú a tharraingt siar am ar bith',
      professional: 'Mhínigh mé don duine conas toiliú a tharraingt siar',
    },
    method: 'Conas a tugadh toiliú?',
    explicit: {
      self: 'Aontaím go roinnfear an fhaisnéis thuas leis an eagraíocht seo, chun na gcuspóirí a roghnaigh mé',
      professional:
        'D’aontaigh an duine go sainráite go roinnfear an fhaisnéis thuas leis an eagraíocht seo, chun na gcuspóirí a roghnaíodh',
    },
  },
  priority: {
    priority: 'Cé chomh práinneach is atá sé seo?',
    answerWithin: plural('ga', {
      one: 'Táthar ag súil le freagra laistigh de # uair an chloig',
      two: 'Táthar ag súil le freagra laistigh de # uair an chloig',
      few: 'Táthar ag súil le freagra laistigh de # uair an chloig',
      many: 'Táthar ag súil le freagra laistigh de # uair an chloig',
      other: 'Táthar ag súil le freagra laistigh de # uair an chloig',
    }),
    responseDue: 'Freagra ag teastáil faoi',
    responseDueHint: (defaultDue: string) =>
      `Fág folamh chun an t-am don tosaíocht seo a úsáid: ${defaultDue}. Ní féidir leat ach am níos luaithe a roghnú.`,
  },
  review: {
    heading: 'Seiceáil d’fhreagraí sula seolann tú iad',
    change: 'Athraigh',
    changeLabel: (section: string) => `Athraigh: ${section}`,
    notProvided: 'Níor tugadh',
    yes: 'Tá',
    no: 'Níl',
    defaultResponseDue: 'Réamhshocrú don tosaíocht seo',
  },
  submit: { self: 'Seol m’iarratas', professional: 'Seol an t-atreorú' },
  submitting: 'Á sheoladh…',
  errorSummaryTitle: 'Tá fadhb ann',
  failure: {
    network:
      'Níorbh fhéidir é a sheoladh mar gur theip ar an nasc. Níor cailleadh aon rud a chlóscríobh tú. Seiceáil do nasc, ansin bain triail eile as.',
    server:
      'Chuaigh rud éigin mícheart ar ár dtaobh. Níor cailleadh aon rud a chlóscríobh tú. Bain triail eile as: ní sheolfar faoi dhó é.',
    rateLimited: 'Seoladh an iomarca iarratas as seo. Fan nóiméad, ansin bain triail eile as.',
    notAuthorised: 'Níl cead ag an bhfoirm seo iarratais a sheoladh. Déan teagmháil le húinéir an tsuímh seo.',
    rejected: 'Níor glacadh le roinnt freagraí. Seiceáil iad, ansin seol arís.',
    retry: 'Bain triail as é a sheoladh arís',
  },
  success: {
    title: { self: 'Seoladh d’iarratas', professional: 'Seoladh an t-atreorú' },
    reference: 'Uimhir thagartha',
    nextContact:
      'Déanfaidh an eagraíocht teagmháil leat ar na bealaí a roghnaigh tú, ag na hamanna a dúirt tú a bheith sábháilte. Más sábháilte é, coinnigh an uimhir thagartha seo.',
    nextNoContact:
      'Ní dhéanfaidh aon duine teagmháil leat. Nuair a bheidh sé sábháilte, déan teagmháil leis an eagraíocht agus tabhair an uimhir thagartha seo dóibh.',
    nextProfessional: (due: string) =>
      `Caithfidh an eagraíocht ghlactha freagra a thabhairt faoi ${due}. Beidh a freagra le feiceáil in atreoruithe d’eagraíochta.`,
    followUp: {
      title: 'Chun d’iarratas a sheiceáil níos déanaí, scríobh iad seo síos',
      text: 'Le d’uimhir thagartha agus leis an gcód rúnda seo is féidir leat a fheiceáil ar an suíomh seo cad atá ag tarlú le d’iarratas, nó do thoiliú a tharraingt siar. Ní thaispeántar an cód ach an uair seo: ní féidir le duine ar bith é a thaispeáint duit arís.',
      reference: 'Uimhir thagartha',
      secret: 'Cód rúnda',
      advice:
        'Scríobh ar pháipéar iad agus coinnigh in áit shábháilte é. Ná glac gabháil scáileáin ná grianghraf má tá duine eile in ann an fón nó an ríomhaire seo a úsáid nó féachaint air.',
      hide: 'Tá sé scríofa síos agam: folaigh an cód',
      hidden: 'Tá an cód rúnda i bhfolach agus ní choinnítear ar an ngléas seo é.',
    },
  },
  errors: {
    assistance: 'Roghnaigh cineál cabhrach amháin ar a laghad',
    victimTypes: 'Roghnaigh rud amháin ar a laghad a tharla',
    caseSummary: 'Scríobh cúpla focal faoi cad a tharla',
    name: 'Cuir isteach ainm',
    languages: 'Roghnaigh teanga amháin ar a laghad',
    contact: 'Roghnaigh an bhfuil teagmháil sábháilte',
    channels: 'Roghnaigh bealach sábháilte amháin ar a laghad chun teagmháil a dhéanamh',
    phone: 'Cuir isteach uimhir fóin leis an gcód tíre, mar shampla +351912345678',
    email: 'Cuir isteach seoladh ríomhphoist, mar shampla ainm@example.com',
    riskLevel: 'Roghnaigh leibhéal an bhaoil',
    purposes: 'Roghnaigh cuspóir amháin ar a laghad',
    method: 'Roghnaigh conas a tugadh toiliú',
    withdrawal: 'Deimhnigh gur míníodh conas toiliú a tharraingt siar',
    explicit: 'Tá toiliú ag teastáil sular féidir aon rud a sheoladh',
    priority: 'Roghnaigh cé chomh práinneach is atá sé',
    responseDue: 'Roghnaigh am sa todhchaí, nach déanaí ná an t-am don tosaíocht seo',
    returnDate: 'Cuir isteach dáta bailí',
    policeReported: 'Roghnaigh ar tuairiscíodh an choir do na póilíní',
    proceedingsStage: 'Roghnaigh cén chéim ag a bhfuil na himeachtaí coiriúla',
    tooLong: (maximum: number) => `Cuir isteach ${maximum} carachtar ar a mhéad`,
    blank: 'Ní féidir é seo a fhágáil folamh',
    invalid: 'Seiceáil an freagra seo',
  },
};
