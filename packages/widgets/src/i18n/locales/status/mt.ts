/** Maltese strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const mtStatus: typeof enStatus = {
  title: 'Iċċekkja t-talba tiegħek',
  intro:
    'Daħħal in-numru ta’ referenza u l-kodiċi sigriet li ngħatajt meta tlabt l-għajnuna. Xejn minn dak li ddaħħal ma jinżamm fuq dan l-apparat.',
  reference: 'Numru ta’ referenza',
  referenceHint: 'Pereżempju VR-7K3Q-92XD',
  secret: 'Kodiċi sigriet',
  secretHint: 'L-ispazji ma jgħoddux.',
  show: 'Uri',
  hide: 'Aħbi',
  showSecret: 'Uri l-kodiċi sigriet',
  hideSecret: 'Aħbi l-kodiċi sigriet',
  secretShown: 'Il-kodiċi sigriet jidher.',
  secretHidden: 'Il-kodiċi sigriet huwa moħbi.',
  check: 'Iċċekkja t-talba tiegħi',
  checking: 'Qed jiċċekkja…',
  errorSummaryTitle: 'Hemm problema',
  blankReference: 'Daħħal in-numru ta’ referenza tiegħek',
  blankSecret: 'Daħħal il-kodiċi sigriet tiegħek',
  wrong:
    'Ma sibna l-ebda talba b’dan in-numru ta’ referenza u b’dan il-kodiċi sigriet. Iċċekkja t-tnejn u erġa’ pprova.',
  locked: (when: string) =>
    `Kien hemm wisq tentattivi, allura ċ-ċekkjar ta’ din it-talba twaqqaf biex tkun protetta. Erġa’ pprova ${when}.`,
  lockedLater:
    'Kien hemm wisq tentattivi, allura ċ-ċekkjar ta’ din it-talba twaqqaf biex tkun protetta. Erġa’ pprova aktar tard.',
  network: 'Ma stajniex nikkonnettjaw. Iċċekkja l-konnessjoni tiegħek u erġa’ pprova.',
  server: 'Xi ħaġa marret ħażin min-naħa tagħna. Erġa’ pprova fi ftit minuti.',
  notAuthorised: 'Dan is-sit ma jistax jiċċekkja t-talbiet bħalissa. Ikkuntattja lill-organizzazzjoni li tmexxih.',
  yourRequest: 'It-talba tiegħek',
  status: 'Status',
  changedAt: 'L-aħħar bidla',
  organisation: 'Organizzazzjoni',
  phone: 'Telefon',
  email: 'Email',
  website: 'Sit web',
  nextStep: 'X’jiġri issa',
  statuses: {
    draft: 'It-talba tiegħek għadha ma ntbagħtitx.',
    sent: 'It-talba tiegħek intbagħtet. L-organizzazzjoni għadha ma fetħitx.',
    received: 'L-organizzazzjoni rċeviet it-talba tiegħek.',
    accepted: 'L-organizzazzjoni aċċettat it-talba tiegħek u se tappoġġjak.',
    declined: 'L-organizzazzjoni ma tistax tgħin f’din it-talba. Mhux tort tiegħek, u hemm għajnuna oħra.',
    'in-progress': 'L-organizzazzjoni qed tappoġġjak.',
    'on-hold': 'L-appoġġ tiegħek huwa sospiż għalissa.',
    completed: 'L-appoġġ tiegħek intemm.',
    failed: 'L-appoġġ ma setax jingħata kif ippjanat.',
    cancelled: 'Din it-talba ngħalqet.',
    'withdrawn-consent': 'Irtirajt il-kunsens tiegħek. Id-dejta personali tiegħek tħassret.',
  },
  nextSteps: {
    'wait-for-contact':
      'Se jikkuntattjawk bil-modi li għażilt, fil-ħinijiet li għidt li huma siguri. Jekk tlabt li ma jikkuntattjawkx, ikkuntattjahom int meta jkun sigur.',
    'support-under-way': 'L-appoġġ tiegħek għaddej. Ikkuntattjahom jekk tinbidel xi ħaġa.',
    'support-paused': 'Se jgħidulek meta jista’ jerġa’ jibda. Tista’ tikkuntattjahom meta trid.',
    'contact-organisation': 'Ikkuntattjahom biex issib għajnuna oħra: jistgħu jgħidulek min jista’ jappoġġjak ukoll.',
    'support-completed': 'Jekk terġa’ jkollok bżonn l-għajnuna, tista’ titlobha meta trid.',
    'consent-withdrawn': 'M’għandek bżonn tagħmel xejn aktar. Tista’ terġa’ titlob l-għajnuna meta trid.',
  },
  withdraw: 'Irtira l-kunsens tiegħi',
  withdrawTitle: 'Tirtira l-kunsens tiegħek?',
  withdrawExplained:
    'Jekk tirtira l-kunsens tiegħek, l-organizzazzjoni tieqaf taħdem fuq it-talba tiegħek u d-dejta personali tiegħek titħassar. M’għandekx għalfejn tagħti raġuni. Ma jistax jitreġġa’ lura, imma dejjem tista’ terġa’ titlob l-għajnuna.',
  withdrawConfirm: 'Iva, irtira l-kunsens tiegħi',
  withdrawCancel: 'Le, lura',
  withdrawing: 'Qed jirtira…',
  withdrawn: 'Il-kunsens tiegħek ġie rtirat u d-dejta personali tiegħek tħassret.',
  cannotWithdraw:
    'Il-kunsens għal din it-talba ma jistax jibqa’ jiġi rtirat. Ikkuntattja lill-organizzazzjoni jekk għandek bżonn.',
  clear: 'Spiċċa u ħassar',
  retry: 'Erġa’ pprova',
};
