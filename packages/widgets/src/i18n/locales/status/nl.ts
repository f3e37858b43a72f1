/** Dutch strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const nlStatus: typeof enStatus = {
  title: 'Uw aanvraag bekijken',
  intro:
    'Vul de referentie en de geheime code in die u kreeg toen u om hulp vroeg. Niets van wat u invult wordt op dit apparaat bewaard.',
  reference: 'Referentie',
  referenceHint: 'Bijvoorbeeld VR-7K3Q-92XD',
  secret: 'Geheime code',
  secretHint: 'Spaties maken niet uit.',
  show: 'Tonen',
  hide: 'Verbergen',
  showSecret: 'Geheime code tonen',
  hideSecret: 'Geheime code verbergen',
  secretShown: 'De geheime code is zichtbaar.',
  secretHidden: 'De geheime code is verborgen.',
  check: 'Mijn aanvraag bekijken',
  checking: 'Bezig met controleren…',
  errorSummaryTitle: 'Er is een probleem',
  blankReference: 'Vul uw referentie in',
  blankSecret: 'Vul uw geheime code in',
  wrong:
    'We hebben geen aanvraag gevonden met deze referentie en geheime code. Controleer ze allebei en probeer het opnieuw.',
  locked: (when: string) =>
    `Er is te vaak geprobeerd, daarom is het bekijken van deze aanvraag gepauzeerd om hem te beschermen. Probeer het ${when} opnieuw.`,
  lockedLater:
    'Er is te vaak geprobeerd, daarom is het bekijken van deze aanvraag gepauzeerd om hem te beschermen. Probeer het later opnieuw.',
  network: 'We konden geen verbinding maken. Controleer uw verbinding en probeer het opnieuw.',
  server: 'Er ging bij ons iets mis. Probeer het over een paar minuten opnieuw.',
  notAuthorised:
    'Deze website kan op dit moment geen aanvragen bekijken. Neem contact op met de organisatie achter de website.',
  yourRequest: 'Uw aanvraag',
  status: 'Status',
  changedAt: 'Laatst gewijzigd',
  organisation: 'Organisatie',
  phone: 'Telefoon',
  email: 'E-mail',
  website: 'Website',
  nextStep: 'Wat er nu gebeurt',
  statuses: {
    draft: 'Uw aanvraag is nog niet verstuurd.',
    sent: 'Uw aanvraag is verstuurd. De organisatie heeft hem nog niet geopend.',
    received: 'De organisatie heeft uw aanvraag ontvangen.',
    accepted: 'De organisatie heeft uw aanvraag aangenomen en gaat u ondersteunen.',
    declined: 'De organisatie kan u met deze aanvraag niet helpen. Dat ligt niet aan u, en er is andere hulp.',
    'in-progress': 'De organisatie ondersteunt u.',
    'on-hold': 'Uw ondersteuning is voorlopig gepauzeerd.',
    completed: 'Uw ondersteuning is afgerond.',
    failed: 'De ondersteuning kon niet gaan zoals gepland.',
    cancelled: 'Deze aanvraag is gesloten.',
    'withdrawn-consent': 'U hebt uw toestemming ingetrokken. Uw persoonsgegevens zijn gewist.',
  },
  nextSteps: {
    'wait-for-contact':
      'Zij nemen contact met u op op de manieren die u koos, op de tijden die u veilig noemde. Als u vroeg om geen contact, neem dan zelf contact op wanneer het veilig is.',
    'support-under-way': 'Uw ondersteuning loopt. Neem contact op als er iets verandert.',
    'support-paused': 'Zij laten u weten wanneer het weer verder kan. U kunt altijd contact opnemen.',
    'contact-organisation':
      'Neem contact op om andere hulp te vinden: zij kunnen u vertellen wie u nog meer kan helpen.',
    'support-completed': 'Als u weer hulp nodig hebt, kunt u er altijd om vragen.',
    'consent-withdrawn': 'U hoeft niets meer te doen. U kunt altijd opnieuw om hulp vragen.',
  },
  withdraw: 'Mijn toestemming intrekken',
  withdrawTitle: 'Uw toestemming intrekken?',
  withdrawExplained:
    'Als u uw toestemming intrekt, stopt de organisatie met uw aanvraag en worden uw persoonsgegevens gewist. U hoeft geen reden te geven. Dit kan niet ongedaan worden gemaakt, maar u kunt altijd opnieuw om hulp vragen.',
  withdrawConfirm: 'Ja, mijn toestemming intrekken',
  withdrawCancel: 'Nee, terug',
  withdrawing: 'Bezig met intrekken…',
  withdrawn: 'Uw toestemming is ingetrokken en uw persoonsgegevens zijn gewist.',
  cannotWithdraw:
    'Voor deze aanvraag kan de toestemming niet meer worden ingetrokken. Neem zo nodig contact op met de organisatie.',
  clear: 'Afronden en wissen',
  retry: 'Opnieuw proberen',
};
