/** Latvian strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const lvStatus: typeof enStatus = {
  title: 'Pārbaudiet savu pieprasījumu',
  intro:
    'Ievadiet atsauces numuru un slepeno kodu, ko saņēmāt, lūdzot palīdzību. Nekas no ievadītā šajā ierīcē netiek glabāts.',
  reference: 'Atsauces numurs',
  referenceHint: 'Piemēram, VR-7K3Q-92XD',
  secret: 'Slepenais kods',
  secretHint: 'Atstarpēm nav nozīmes.',
  show: 'Rādīt',
  hide: 'Slēpt',
  showSecret: 'Rādīt slepeno kodu',
  hideSecret: 'Slēpt slepeno kodu',
  secretShown: 'Slepenais kods ir redzams.',
  secretHidden: 'Slepenais kods ir paslēpts.',
  check: 'Pārbaudīt manu pieprasījumu',
  checking: 'Pārbauda…',
  errorSummaryTitle: 'Radās problēma',
  blankReference: 'Ievadiet atsauces numuru',
  blankSecret: 'Ievadiet slepeno kodu',
  wrong: 'Neatradām pieprasījumu ar šo atsauces numuru un slepeno kodu. Pārbaudiet abus un mēģiniet vēlreiz.',
  locked: (when: string) =>
    `Bija pārāk daudz mēģinājumu, tāpēc šī pieprasījuma pārbaude tā aizsardzībai ir apturēta. Mēģiniet vēlreiz ${when}.`,
  lockedLater:
    'Bija pārāk daudz mēģinājumu, tāpēc šī pieprasījuma pārbaude tā aizsardzībai ir apturēta. Mēģiniet vēlāk.',
  network: 'Neizdevās izveidot savienojumu. Pārbaudiet savienojumu un mēģiniet vēlreiz.',
  server: 'Mūsu pusē kaut kas nogāja greizi. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.',
  notAuthorised:
    'Šī tīmekļa vietne pašlaik nevar pārbaudīt pieprasījumus. Lūdzu, sazinieties ar organizāciju, kas to uztur.',
  yourRequest: 'Jūsu pieprasījums',
  status: 'Statuss',
  changedAt: 'Pēdējās izmaiņas',
  organisation: 'Organizācija',
  phone: 'Tālrunis',
  email: 'E-pasts',
  website: 'Tīmekļa vietne',
  nextStep: 'Kas notiks tālāk',
  statuses: {
    draft: 'Jūsu pieprasījums vēl nav nosūtīts.',
    sent: 'Jūsu pieprasījums ir nosūtīts. Organizācija to vēl nav atvērusi.',
    received: 'Organizācija ir saņēmusi jūsu pieprasījumu.',
    accepted: 'Organizācija ir pieņēmusi jūsu pieprasījumu un jūs atbalstīs.',
    declined: 'Organizācija nevar palīdzēt ar šo pieprasījumu. Tā nav jūsu vaina, un ir pieejama cita palīdzība.',
    'in-progress': 'Organizācija jūs atbalsta.',
    'on-hold': 'Jūsu atbalsts pagaidām ir apturēts.',
    completed: 'Jūsu atbalsts ir beidzies.',
    failed: 'Atbalstu neizdevās sniegt, kā plānots.',
    cancelled: 'Šis pieprasījums ir slēgts.',
    'withdrawn-consent': 'Jūs atsaucāt savu piekrišanu. Jūsu personas dati ir dzēsti.',
  },
  nextSteps: {
    'wait-for-contact':
      'Ar jums sazināsies jūsu izvēlētajos veidos, laikā, ko norādījāt kā drošu. Ja lūdzāt ar jums nesazināties, sazinieties paši, kad tas ir droši.',
    'support-under-way': 'Jūsu atbalsts notiek. Sazinieties ar viņiem, ja kaut kas mainās.',
    'support-paused': 'Viņi pateiks, kad to varēs atsākt. Varat ar viņiem sazināties jebkurā laikā.',
    'contact-organisation':
      'Sazinieties ar viņiem, lai atrastu citu palīdzību: viņi var pateikt, kas vēl var jūs atbalstīt.',
    'support-completed': 'Ja jums atkal vajadzēs palīdzību, varat to lūgt jebkurā laikā.',
    'consent-withdrawn': 'Jums vairs nekas nav jādara. Palīdzību varat lūgt atkal jebkurā laikā.',
  },
  withdraw: 'Atsaukt manu piekrišanu',
  withdrawTitle: 'Atsaukt piekrišanu?',
  withdrawExplained:
    'Ja atsauksiet piekrišanu, organizācija pārtrauks darbu ar jūsu pieprasījumu, un jūsu personas dati tiks dzēsti. Iemesls nav jānorāda. To nevar atsaukt, taču palīdzību vienmēr varat lūgt atkal.',
  withdrawConfirm: 'Jā, atsaukt manu piekrišanu',
  withdrawCancel: 'Nē, atpakaļ',
  withdrawing: 'Atsauc…',
  withdrawn: 'Jūsu piekrišana ir atsaukta, un personas dati ir dzēsti.',
  cannotWithdraw: 'Šim pieprasījumam piekrišanu vairs nevar atsaukt. Ja nepieciešams, sazinieties ar organizāciju.',
  clear: 'Pabeigt un notīrīt',
  retry: 'Mēģināt vēlreiz',
};
