/** German strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const deStatus: typeof enStatus = {
  title: 'Ihre Anfrage verfolgen',
  intro:
    'Geben Sie die Referenz und den Geheimcode ein, die Sie bei Ihrer Anfrage erhalten haben. Nichts von Ihrer Eingabe wird auf diesem Gerät gespeichert.',
  reference: 'Referenz',
  referenceHint: 'Zum Beispiel VR-7K3Q-92XD',
  secret: 'Geheimcode',
  secretHint: 'Leerzeichen spielen keine Rolle.',
  show: 'Anzeigen',
  hide: 'Verbergen',
  showSecret: 'Geheimcode anzeigen',
  hideSecret: 'Geheimcode verbergen',
  secretShown: 'Der Geheimcode ist sichtbar.',
  secretHidden: 'Der Geheimcode ist verborgen.',
  check: 'Meine Anfrage ansehen',
  checking: 'Wird geprüft…',
  errorSummaryTitle: 'Es gibt ein Problem',
  blankReference: 'Geben Sie Ihre Referenz ein',
  blankSecret: 'Geben Sie Ihren Geheimcode ein',
  wrong:
    'Wir haben keine Anfrage mit dieser Referenz und diesem Geheimcode gefunden. Prüfen Sie beides und versuchen Sie es erneut.',
  locked: (when: string) =>
    `Es gab zu viele Versuche. Zum Schutz Ihrer Anfrage ist die Abfrage pausiert. Versuchen Sie es ${when} erneut.`,
  lockedLater:
    'Es gab zu viele Versuche. Zum Schutz Ihrer Anfrage ist die Abfrage pausiert. Versuchen Sie es später erneut.',
  network: 'Wir konnten keine Verbindung herstellen. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  server: 'Bei uns ist etwas schiefgegangen. Bitte versuchen Sie es in einigen Minuten erneut.',
  notAuthorised:
    'Diese Website kann Anfragen gerade nicht abfragen. Bitte wenden Sie sich an die Organisation, die sie betreibt.',
  yourRequest: 'Ihre Anfrage',
  status: 'Stand',
  changedAt: 'Zuletzt geändert',
  organisation: 'Organisation',
  phone: 'Telefon',
  email: 'E-Mail',
  website: 'Website',
  nextStep: 'Wie es weitergeht',
  statuses: {
    draft: 'Ihre Anfrage wurde noch nicht gesendet.',
    sent: 'Ihre Anfrage wurde gesendet. Die Organisation hat sie noch nicht geöffnet.',
    received: 'Die Organisation hat Ihre Anfrage erhalten.',
    accepted: 'Die Organisation hat Ihre Anfrage angenommen und wird Sie unterstützen.',
    declined:
      'Die Organisation kann bei dieser Anfrage nicht helfen. Das ist nicht Ihre Schuld, und es gibt andere Hilfe.',
    'in-progress': 'Die Organisation unterstützt Sie.',
    'on-hold': 'Ihre Unterstützung ist vorerst pausiert.',
    completed: 'Ihre Unterstützung ist abgeschlossen.',
    failed: 'Die Unterstützung konnte nicht wie geplant stattfinden.',
    cancelled: 'Diese Anfrage wurde geschlossen.',
    'withdrawn-consent': 'Sie haben Ihre Einwilligung widerrufen. Ihre persönlichen Daten wurden gelöscht.',
  },
  nextSteps: {
    'wait-for-contact':
      'Sie meldet sich auf den Wegen, die Sie gewählt haben, zu den Zeiten, die Sie als sicher angegeben haben. Wenn Sie nicht kontaktiert werden möchten, melden Sie sich, wenn es für Sie sicher ist.',
    'support-under-way': 'Ihre Unterstützung läuft. Melden Sie sich, wenn sich etwas ändert.',
    'support-paused': 'Sie sagt Ihnen, wann es weitergehen kann. Sie können sich jederzeit melden.',
    'contact-organisation':
      'Melden Sie sich dort, um andere Hilfe zu finden: Man kann Ihnen sagen, wer Sie sonst unterstützen kann.',
    'support-completed': 'Wenn Sie wieder Hilfe brauchen, können Sie jederzeit fragen.',
    'consent-withdrawn': 'Sie müssen nichts weiter tun. Sie können jederzeit wieder um Hilfe bitten.',
  },
  withdraw: 'Meine Einwilligung widerrufen',
  withdrawTitle: 'Einwilligung widerrufen?',
  withdrawExplained:
    'Wenn Sie Ihre Einwilligung widerrufen, arbeitet die Organisation nicht weiter an Ihrer Anfrage, und Ihre persönlichen Daten werden gelöscht. Sie müssen keinen Grund nennen. Das lässt sich nicht rückgängig machen, aber Sie können jederzeit wieder um Hilfe bitten.',
  withdrawConfirm: 'Ja, Einwilligung widerrufen',
  withdrawCancel: 'Nein, zurück',
  withdrawing: 'Wird widerrufen…',
  withdrawn: 'Ihre Einwilligung wurde widerrufen und Ihre persönlichen Daten wurden gelöscht.',
  cannotWithdraw:
    'Für diese Anfrage kann die Einwilligung nicht mehr widerrufen werden. Wenden Sie sich bei Bedarf an die Organisation.',
  clear: 'Beenden und löschen',
  retry: 'Erneut versuchen',
};
