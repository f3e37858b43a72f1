/** Irish strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const gaStatus: typeof enStatus = {
  title: 'Seiceáil d’iarratas',
  intro:
    'Cuir isteach an uimhir thagartha agus an cód rúnda a fuair tú nuair a d’iarr tú cabhair. Ní choinnítear aon rud a chuireann tú isteach ar an ngléas seo.',
  reference: 'Uimhir thagartha',
  referenceHint: 'Mar shampla VR-7K3Q-92XD',
  secret: 'Cód rúnda',
  secretHint: 'Is cuma faoi spásanna.',
  show: 'Taispeáin',
  hide: 'Folaigh',
  showSecret: 'Taispeáin an cód rúnda',
  hideSecret: 'Folaigh an cód rúnda',
  secretShown: 'Tá an cód rúnda le feiceáil.',
  secretHidden: 'Tá an cód rúnda i bhfolach.',
  check: 'Seiceáil m’iarratas',
  checking: 'Á sheiceáil…',
  errorSummaryTitle: 'Tá fadhb ann',
  blankReference: 'Cuir isteach d’uimhir thagartha',
  blankSecret: 'Cuir isteach do chód rúnda',
  wrong:
    'Níor aimsíomar iarratas leis an uimhir thagartha agus leis an gcód rúnda seo. Seiceáil an dá cheann agus bain triail eile as.',
  locked: (when: string) =>
    `Rinneadh an iomarca iarrachtaí, mar sin tá seiceáil an iarratais seo ar sos chun é a chosaint. Bain triail eile as ${when}.`,
  lockedLater:
    'Rinneadh an iomarca iarrachtaí, mar sin tá seiceáil an iarratais seo ar sos chun é a chosaint. Bain triail eile as níos déanaí.',
  network: 'Níorbh fhéidir ceangal. Seiceáil do cheangal agus bain triail eile as.',
  server: 'Chuaigh rud éigin mícheart ar ár dtaobh. Bain triail eile as i gceann cúpla nóiméad.',
  notAuthorised:
    'Ní féidir leis an suíomh seo iarratais a sheiceáil faoi láthair. Déan teagmháil leis an eagraíocht a reáchtálann é.',
  yourRequest: 'D’iarratas',
  status: 'Stádas',
  changedAt: 'Athrú is déanaí',
  organisation: 'Eagraíocht',
  phone: 'Fón',
  email: 'Ríomhphost',
  website: 'Suíomh gréasáin',
  nextStep: 'Cad a tharlóidh anois',
  statuses: {
    draft: 'Níor seoladh d’iarratas fós.',
    sent: 'Seoladh d’iarratas. Níor oscail an eagraíocht fós é.',
    received: 'Fuair an eagraíocht d’iarratas.',
    accepted: 'Ghlac an eagraíocht le d’iarratas agus tacóidh sí leat.',
    declined:
      'Ní féidir leis an eagraíocht cabhrú leis an iarratas seo. Ní ortsa an locht, agus tá cabhair eile ar fáil.',
    'in-progress': 'Tá an eagraíocht ag tacú leat.',
    'on-hold': 'Tá do thacaíocht ar sos faoi láthair.',
    completed: 'Tá deireadh le do thacaíocht.',
    failed: 'Níorbh fhéidir an tacaíocht a thabhairt mar a bhí beartaithe.',
    cancelled: 'Dúnadh an t-iarratas seo.',
    'withdrawn-consent': 'Tharraing tú do thoiliú siar. Scriosadh do shonraí pearsanta.',
  },
  nextSteps: {
    'wait-for-contact':
      'Déanfaidh siad teagmháil leat ar na bealaí a roghnaigh tú, ag na hamanna a dúirt tú a bhí sábháilte. Má d’iarr tú gan teagmháil a dhéanamh, déan féin teagmháil nuair atá sé sábháilte.',
    'support-under-way': 'Tá do thacaíocht ar siúl. Déan teagmháil leo má athraíonn aon rud.',
    'support-paused':
      'Inseoidh siad duit cathain is féidir leanúint ar aghaidh. Is féidir leat teagmháil a dhéanamh leo am ar bith.',
    'contact-organisation':
      'Déan teagmháil leo chun cabhair eile a aimsiú: is féidir leo a insint duit cé eile atá in ann tacú leat.',
    'support-completed': 'Má bhíonn cabhair uait arís, is féidir leat í a iarraidh am ar bith.',
    'consent-withdrawn': 'Níl aon rud eile le déanamh agat. Is féidir leat cabhair a iarraidh arís am ar bith.',
  },
  withdraw: 'Tarraing mo thoiliú siar',
  withdrawTitle: 'Do thoiliú a tharraingt siar?',
  withdrawExplained:
    'Má tharraingíonn tú do thoiliú siar, stopfaidh an eagraíocht ag obair ar d’iarratas agus scriosfar do shonraí pearsanta. Ní gá duit cúis a thabhairt. Ní féidir é seo a chealú, ach is féidir leat cabhair a iarraidh arís i gcónaí.',
  withdrawConfirm: 'Tá, tarraing mo thoiliú siar',
  withdrawCancel: 'Níl, ar ais',
  withdrawing: 'Á tharraingt siar…',
  withdrawn: 'Tarraingíodh do thoiliú siar agus scriosadh do shonraí pearsanta.',
  cannotWithdraw:
    'Ní féidir an toiliú a tharraingt siar don iarratas seo a thuilleadh. Déan teagmháil leis an eagraíocht más gá.',
  clear: 'Críochnaigh agus glan',
  retry: 'Bain triail eile as',
};
