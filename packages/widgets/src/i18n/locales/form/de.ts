/** German strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formDe: typeof formEn = {
  title: { self: 'Um Unterstützung bitten', professional: 'Einen Fall vermitteln' },
  intro: {
    self: 'Sagen Sie uns, welche Hilfe Sie brauchen. Nur die Organisation, die Sie unterstützen wird, sieht Ihre Antworten.',
    professional: 'Vermitteln Sie die Person an die aufnehmende Organisation. Teilen Sie nur, was nötig ist.',
  },
  stepOf: (current: number, total: number) => `Schritt ${current} von ${total}`,
  steps: {
    needs: 'Benötigte Unterstützung',
    person: { self: 'Über Sie', professional: 'Über die Person' },
    crossBorder: 'Grenzüberschreitende Situation',
    assessment: 'Individuelle Begutachtung',
    consent: 'Einwilligung',
    priority: 'Priorität und Antwortfrist',
    review: 'Angaben prüfen',
  },
  continue: 'Weiter',
  back: 'Zurück',
  optional: '(optional)',
  selectAll: 'Wählen Sie alles Zutreffende aus.',
  receiver: 'Geht an',
  service: 'Angebot',
  loadingService: 'Das Angebot wird geladen…',
  serviceLoadError:
    'Das Angebot konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
  retry: 'Erneut versuchen',
  noService: 'Es wurde noch kein Angebot gewählt. Wählen Sie zuerst ein Angebot.',
  needs: {
    assistance: { self: 'Welche Hilfe brauchen Sie?', professional: 'Welche Hilfe braucht die Person?' },
    victimTypes: { self: 'Was ist Ihnen passiert?', professional: 'Was hat die Person erlebt?' },
    caseSummary: { self: 'Was ist passiert, in wenigen Worten?', professional: 'Zusammenfassung des Falls' },
    caseSummaryHint: {
      self: 'Schreiben Sie nur, was Sie teilen möchten. Sie müssen keine Einzelheiten nennen.',
      professional:
        'Was die aufnehmende Organisation wissen muss, damit die Person ihre Geschichte nicht noch einmal erzählen muss.',
    },
    notes: { self: 'Gibt es noch etwas, das wir wissen sollten?', professional: 'Weitere Hinweise zum Bedarf' },
  },
  person: {
    name: { self: 'Wie sollen wir Sie nennen?', professional: 'Name oder Pseudonym' },
    nameHint: {
      self: 'Ein Vorname oder ein beliebiger Name Ihrer Wahl genügt.',
      professional: 'Ein Vorname oder ein Pseudonym genügt.',
    },
    languages: { self: 'Welche Sprachen sprechen Sie?', professional: 'Sprachen, die die Person spricht' },
    languagesHint: 'Wählen Sie mindestens eine aus.',
    ageGroup: { self: 'Ihre Altersgruppe', professional: 'Altersgruppe' },
    ageGroups: {
      unspecified: 'Keine Angabe',
      child: 'Unter 18',
      adult: '18 bis 64',
      'older-adult': '65 oder älter',
    },
    contact: {
      self: 'Ist es sicher, wenn die Organisation Sie kontaktiert?',
      professional: 'Darf die aufnehmende Organisation die Person direkt kontaktieren?',
    },
    contactSafe: {
      self: 'Ja, ich kann sicher kontaktiert werden',
      professional: 'Ja, über die unten genannten sicheren Wege',
    },
    contactNone: { self: 'Nein, bitte nicht kontaktieren', professional: 'Nein, jeder Kontakt läuft über uns' },
    contactNoneHint: {
      self: 'Wählen Sie dies, wenn jemand anderes Ihr Telefon, Ihre Nachrichten oder E-Mails sehen könnte. Sie können sich melden, wenn es sicher ist.',
      professional: 'Die aufnehmende Organisation kontaktiert Ihre Organisation, niemals die Person.',
    },
    channels: 'Sichere Kontaktwege',
    channelsHint: 'Wählen Sie jeden Weg aus, der sicher ist.',
    phone: 'Telefonnummer',
    phoneHint: 'Mit Ländervorwahl, zum Beispiel +351 912 345 678',
    email: 'E-Mail-Adresse',
    app: 'Welche Messenger-App?',
    safeTimes: {
      self: 'Wann ist es sicher, Sie zu kontaktieren?',
      professional: 'Wann ist eine Kontaktaufnahme sicher?',
    },
    safeTimesHint: 'Zum Beispiel: werktags zwischen 10:00 und 12:00 Uhr, nie abends.',
    mayLeaveMessage: {
      self: 'Die Organisation darf eine Nachricht hinterlassen, in der sie ihren Namen nennt',
      professional: 'Eine Nachricht mit dem Namen der Organisation darf hinterlassen werden',
    },
    doNotContactNotes: {
      self: 'Gibt es etwas, das die Organisation wissen sollte?',
      professional: 'Wie der Kontakt stattdessen zustande kommen soll',
    },
  },
  crossBorder: {
    intro:
      'Was die empfangende Organisation über die Lage zwischen den Ländern wissen muss, damit die Person nicht noch einmal gefragt wird. Alle Fragen sind freiwillig.',
    crimeCountry: { self: 'In welchem Land ist es passiert?', professional: 'Land, in dem die Straftat geschah' },
    crimePlace: 'Ort, an dem es passiert ist',
    residenceCountry: 'Land, in dem die Person lebt',
    currentCountry: 'Land, in dem die Person jetzt ist',
    returnDate: 'Datum, an dem die Person das Land der Straftat verlässt',
    returnDateHint: 'Falls sie nach Hause fährt oder weiterreist.',
    policeReported: 'Wurde die Straftat der Polizei gemeldet?',
    policeCountry: 'Land, in dem sie gemeldet wurde',
    policeReference: 'Aktenzeichen der Polizei',
    proceedingsStage: 'Wie weit ist das Strafverfahren?',
    proceedingsCountry: 'Land des Strafverfahrens',
    interpreterNeeded: {
      self: 'Brauchen Sie eine Dolmetscherin oder einen Dolmetscher?',
      professional: 'Braucht die Person eine Dolmetscherin oder einen Dolmetscher?',
    },
    contactLanguage: 'Sprache, in der die Person kontaktiert werden soll',
    contactLanguageHint: 'Falls sie sich von den Sprachen unterscheidet, die die Person am besten spricht.',
  },
  assessment: {
    riskLevel: 'Risiko weiterer Schädigung',
    riskLevelHint: 'Ihre Einschätzung des Risikos, dass die Person erneut geschädigt wird.',
    protectionNeeds: 'Schutzbedarf',
    notes: 'Anmerkungen zur Begutachtung',
  },
  consent: {
    intro: {
      self: 'Bevor etwas gesendet wird: Lesen Sie, was geteilt wird, und wählen Sie, womit Sie einverstanden sind.',
      professional:
        'Halten Sie fest, was die Person ausdrücklich zu teilen erlaubt hat. Fragen Sie sie zu jedem einzelnen Punkt.',
    },
    dataShared: 'Welche Informationen geteilt werden',
    dataSharedHint: {
      self: 'Das enthalten Ihre Antworten. Wenn Sie weniger teilen möchten, gehen Sie zurück und ändern Sie sie.',
      professional:
        'Das enthalten die Antworten. Wenn weniger geteilt werden soll, gehen Sie zurück und ändern Sie sie.',
    },
    purposes: 'Wofür sie verwendet werden',
    purposesHint: 'Wählen Sie jeden Zweck aus, dem zugestimmt wurde.',
    sharedWith: 'Mit wem sie geteilt werden',
    sharedWithOrganisation: (organisation: string) =>
      `Nur mit ${organisation}. Sie werden mit niemandem sonst im Netzwerk geteilt.`,
    sharedWithHost:
      'Nur mit der Organisation, die diese Website betreibt. Sie darf Ihre Anfrage an das gewählte Angebot weitergeben, und zwar nur für die Zwecke, denen Sie unten zustimmen.',
    withdrawal: 'Wie die Einwilligung widerrufen werden kann',
    withdrawalText: {
      self: 'Sie können Ihre Meinung jederzeit ändern. Sagen Sie der Organisation, dass Sie Ihre Einwilligung widerrufen. Dann werden Ihre persönlichen Daten gelöscht.',
      professional:
        'Die Person kann ihre Einwilligung jederzeit widerrufen, indem sie es Ihrer Organisation oder der aufnehmenden Organisation mitteilt. Ihre personenbezogenen Daten werden dann gelöscht.',
    },
    withdrawalConfirm: {
      self: 'Ich habe verstanden, dass ich meine Einwilligung jederzeit widerrufen kann',
      professional: 'Ich habe der Person erklärt, wie sie ihre Einwilligung widerrufen kann',
    },
    method: 'Wie wurde die Einwilligung erteilt?',
    explicit: {
      self: 'Ich bin einverstanden, dass die oben aufgeführten Informationen für die von mir gewählten Zwecke mit dieser Organisation geteilt werden',
      professional:
        'Die Person hat ausdrücklich zugestimmt, dass die oben aufgeführten Informationen für die gewählten Zwecke mit dieser Organisation geteilt werden',
    },
  },
  priority: {
    priority: 'Wie dringend ist es?',
    answerWithin: plural('de', {
      one: 'Antwort erwartet innerhalb von # Stunde',
      other: 'Antwort erwartet innerhalb von # Stunden',
    }),
    responseDue: 'Antwort benötigt bis',
    responseDueHint: (defaultDue: string) =>
      `Leer lassen, um die Frist dieser Priorität zu verwenden: ${defaultDue}. Sie können nur einen früheren Zeitpunkt wählen.`,
  },
  review: {
    heading: 'Prüfen Sie Ihre Angaben vor dem Senden',
    change: 'Ändern',
    changeLabel: (section: string) => `Ändern: ${section}`,
    notProvided: 'Nicht angegeben',
    yes: 'Ja',
    no: 'Nein',
    defaultResponseDue: 'Standardfrist für diese Priorität',
  },
  submit: { self: 'Meine Anfrage senden', professional: 'Vermittlung senden' },
  submitting: 'Wird gesendet…',
  errorSummaryTitle: 'Es gibt ein Problem',
  failure: {
    network:
      'Das Senden ist fehlgeschlagen, weil die Verbindung unterbrochen wurde. Ihre Eingaben sind nicht verloren. Prüfen Sie Ihre Verbindung und versuchen Sie es dann erneut.',
    server:
      'Bei uns ist ein Fehler aufgetreten. Ihre Eingaben sind nicht verloren. Versuchen Sie es erneut: Es wird nicht doppelt gesendet.',
    rateLimited: 'Von hier wurden zu viele Anfragen gesendet. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    notAuthorised: 'Dieses Formular darf keine Anfragen senden. Wenden Sie sich an die Betreiber dieser Website.',
    rejected: 'Einige Angaben wurden nicht akzeptiert. Prüfen Sie sie und senden Sie dann erneut.',
    retry: 'Erneut senden',
  },
  success: {
    title: { self: 'Ihre Anfrage wurde gesendet', professional: 'Vermittlung gesendet' },
    reference: 'Referenz',
    nextContact:
      'Die Organisation wird Sie auf den von Ihnen gewählten Wegen kontaktieren, zu den Zeiten, die Sie als sicher angegeben haben. Wenn es für Sie sicher ist, bewahren Sie diese Referenz auf.',
    nextNoContact:
      'Niemand wird Sie kontaktieren. Wenn es sicher ist, melden Sie sich bei der Organisation und nennen Sie diese Referenz.',
    nextProfessional: (due: string) =>
      `Die aufnehmende Organisation muss bis ${due} antworten. Die Antwort erscheint bei den Vermittlungen Ihrer Organisation.`,
    followUp: {
      title: 'Schreiben Sie sich das auf, um Ihre Anfrage später zu verfolgen',
      text: 'Mit Ihrer Referenz und diesem Geheimcode können Sie auf dieser Website sehen, wie es mit Ihrer Anfrage steht, oder Ihre Einwilligung widerrufen. Der Code wird nur dieses eine Mal angezeigt: Niemand kann ihn Ihnen noch einmal zeigen.',
      reference: 'Referenz',
      secret: 'Geheimcode',
      advice:
        'Schreiben Sie beides auf Papier und bewahren Sie es sicher auf. Machen Sie keinen Screenshot und kein Foto, wenn jemand anderes dieses Telefon oder diesen Computer benutzen oder einsehen kann.',
      hide: 'Ich habe es aufgeschrieben: Code ausblenden',
      hidden: 'Der Geheimcode ist ausgeblendet und wird auf diesem Gerät nicht gespeichert.',
    },
  },
  errors: {
    assistance: 'Wählen Sie mindestens eine Art von Hilfe aus',
    victimTypes: 'Wählen Sie mindestens eine Angabe dazu aus, was passiert ist',
    caseSummary: 'Beschreiben Sie in wenigen Worten, was passiert ist',
    name: 'Geben Sie einen Namen ein',
    languages: 'Wählen Sie mindestens eine Sprache aus',
    contact: 'Wählen Sie aus, ob ein Kontakt sicher ist',
    channels: 'Wählen Sie mindestens einen sicheren Kontaktweg aus',
    phone: 'Geben Sie eine Telefonnummer mit Ländervorwahl ein, zum Beispiel +351912345678',
    email: 'Geben Sie eine E-Mail-Adresse ein, zum Beispiel name@example.com',
    riskLevel: 'Wählen Sie die Risikostufe aus',
    purposes: 'Wählen Sie mindestens einen Zweck aus',
    method: 'Wählen Sie aus, wie die Einwilligung erteilt wurde',
    withdrawal: 'Bestätigen Sie, dass der Widerruf der Einwilligung erklärt wurde',
    explicit: 'Ohne Einwilligung kann nichts gesendet werden',
    priority: 'Wählen Sie aus, wie dringend es ist',
    responseDue: 'Wählen Sie einen Zeitpunkt in der Zukunft, nicht später als die Frist dieser Priorität',
    returnDate: 'Geben Sie ein gültiges Datum ein',
    policeReported: 'Wählen Sie, ob die Straftat der Polizei gemeldet wurde',
    proceedingsStage: 'Wählen Sie, wie weit das Strafverfahren ist',
    tooLong: (maximum: number) => `Geben Sie höchstens ${maximum} Zeichen ein`,
    blank: 'Dieses Feld darf nicht leer sein',
    invalid: 'Prüfen Sie diese Angabe',
  },
};
