/** Dutch strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formNl: typeof formEn = {
  title: { self: 'Hulp vragen', professional: 'Iemand doorverwijzen' },
  intro: {
    self: 'Vertel ons welke hulp u nodig hebt. Alleen de organisatie die u gaat helpen, ziet uw antwoorden.',
    professional: 'Verwijs de persoon door naar de ontvangende organisatie. Deel alleen wat nodig is.',
  },
  stepOf: (current: number, total: number) => `Stap ${current} van ${total}`,
  steps: {
    needs: 'Benodigde hulp',
    person: { self: 'Over u', professional: 'Over de persoon' },
    crossBorder: 'Grensoverschrijdende situatie',
    assessment: 'Individuele beoordeling',
    consent: 'Toestemming',
    priority: 'Prioriteit en reactietermijn',
    review: 'Antwoorden controleren',
  },
  continue: 'Doorgaan',
  back: 'Terug',
  optional: '(optioneel)',
  selectAll: 'Kies alles wat van toepassing is.',
  receiver: 'Naar',
  service: 'Hulpaanbod',
  loadingService: 'Het hulpaanbod wordt geladen…',
  serviceLoadError: 'Het hulpaanbod kon niet worden geladen. Controleer uw verbinding en probeer het opnieuw.',
  retry: 'Opnieuw proberen',
  noService: 'Er is nog geen hulpaanbod gekozen. Kies eerst een hulpaanbod.',
  needs: {
    assistance: { self: 'Welke hulp hebt u nodig?', professional: 'Welke hulp heeft de persoon nodig?' },
    victimTypes: { self: 'Wat is er met u gebeurd?', professional: 'Wat heeft de persoon meegemaakt?' },
    caseSummary: { self: 'Wat is er gebeurd, in een paar woorden?', professional: 'Samenvatting van de situatie' },
    caseSummaryHint: {
      self: 'Schrijf alleen wat u wilt delen. U hoeft geen details te geven.',
      professional:
        'Wat de ontvangende organisatie moet weten, zodat de persoon het verhaal niet opnieuw hoeft te vertellen.',
    },
    notes: { self: 'Is er nog iets wat wij moeten weten?', professional: 'Andere opmerkingen over de hulpvraag' },
  },
  person: {
    name: { self: 'Hoe mogen we u noemen?', professional: 'Naam of schuilnaam' },
    nameHint: {
      self: 'Een voornaam of een andere naam die u zelf kiest is genoeg.',
      professional: 'Een voornaam of een schuilnaam is genoeg.',
    },
    languages: { self: 'Welke talen spreekt u?', professional: 'Talen die de persoon spreekt' },
    languagesHint: 'Kies er minstens één.',
    ageGroup: { self: 'Uw leeftijdsgroep', professional: 'Leeftijdsgroep' },
    ageGroups: {
      unspecified: 'Liever niet zeggen',
      child: 'Jonger dan 18',
      adult: '18 tot en met 64',
      'older-adult': '65 of ouder',
    },
    contact: {
      self: 'Is het veilig als de organisatie contact met u opneemt?',
      professional: 'Mag de ontvangende organisatie rechtstreeks contact opnemen met de persoon?',
    },
    contactSafe: {
      self: 'Ja, het is veilig om contact met mij op te nemen',
      professional: 'Ja, via de veilige manieren hieronder',
    },
    contactNone: {
      self: 'Nee, neem geen contact met mij op',
      professional: 'Nee, alle contact loopt via ons',
    },
    contactNoneHint: {
      self: 'Kies dit als iemand anders uw telefoon, berichten of e-mail kan zien. U kunt zelf contact opnemen wanneer het veilig is.',
      professional: 'De ontvangende organisatie neemt contact op met uw organisatie, nooit met de persoon.',
    },
    channels: 'Veilige manieren om contact op te nemen',
    channelsHint: 'Kies elke manier die veilig is.',
    phone: 'Telefoonnummer',
    phoneHint: 'Met landnummer, bijvoorbeeld +351 912 345 678',
    email: 'E-mailadres',
    app: 'Welke berichtenapp?',
    safeTimes: {
      self: 'Wanneer is het veilig om contact met u op te nemen?',
      professional: 'Wanneer is het veilig om contact op te nemen?',
    },
    safeTimesHint: 'Bijvoorbeeld: op werkdagen tussen 10:00 en 12:00 uur, nooit ’s avonds.',
    mayLeaveMessage: {
      self: 'De organisatie mag een bericht achterlaten waarin staat wie ze zijn',
      professional: 'Er mag een bericht met de naam van de organisatie worden achtergelaten',
    },
    doNotContactNotes: {
      self: 'Is er iets wat de organisatie moet weten?',
      professional: 'Hoe het contact in plaats daarvan moet verlopen',
    },
  },
  crossBorder: {
    intro:
      'Wat de ontvangende organisatie moet weten over de situatie tussen landen, zodat de persoon het niet opnieuw hoeft te vertellen. Alle vragen zijn optioneel.',
    crimeCountry: { self: 'In welk land is het gebeurd?', professional: 'Land waar het misdrijf plaatsvond' },
    crimePlace: 'Plaats waar het gebeurde',
    residenceCountry: 'Land waar de persoon woont',
    currentCountry: 'Land waar de persoon nu is',
    returnDate: 'Datum waarop de persoon het land van het misdrijf verlaat',
    returnDateHint: 'Als de persoon naar huis gaat of verder reist.',
    policeReported: 'Is het misdrijf bij de politie gemeld?',
    policeCountry: 'Land waar het gemeld is',
    policeReference: 'Referentienummer van de politie',
    proceedingsStage: 'Hoe ver is de strafzaak?',
    proceedingsCountry: 'Land van de strafzaak',
    interpreterNeeded: { self: 'Heeft u een tolk nodig?', professional: 'Heeft de persoon een tolk nodig?' },
    contactLanguage: 'Taal waarin contact met de persoon wordt opgenomen',
    contactLanguageHint: 'Als die anders is dan de talen die de persoon het best spreekt.',
  },
  assessment: {
    riskLevel: 'Risico op verdere schade',
    riskLevelHint: 'Uw inschatting van het risico dat de persoon opnieuw schade oploopt.',
    protectionNeeds: 'Beschermingsbehoeften',
    notes: 'Opmerkingen bij de beoordeling',
  },
  consent: {
    intro: {
      self: 'Lees voordat er iets wordt verzonden wat er wordt gedeeld, en kies waarmee u instemt.',
      professional: 'Leg vast wat de persoon uitdrukkelijk heeft goedgekeurd om te delen. Vraag het per onderdeel.',
    },
    dataShared: 'Welke informatie wordt gedeeld',
    dataSharedHint: {
      self: 'Dit staat er in uw antwoorden. Wilt u minder delen? Ga terug en pas ze aan.',
      professional: 'Dit staat er in de antwoorden. Om minder te delen, gaat u terug en past u ze aan.',
    },
    purposes: 'Waarvoor ze wordt gebruikt',
    purposesHint: 'Kies elk doel waarmee is ingestemd.',
    sharedWith: 'Met wie ze wordt gedeeld',
    sharedWithOrganisation: (organisation: string) =>
      `Alleen met ${organisation}. Ze wordt met niemand anders in het netwerk gedeeld.`,
    sharedWithHost:
      'Alleen met de organisatie die deze website beheert. Die mag uw aanvraag doorgeven aan de hulp die u hebt gekozen, alleen voor de doelen waarmee u hieronder instemt.',
    withdrawal: 'Hoe toestemming intrekken',
    withdrawalText: {
      self: 'U kunt altijd van gedachten veranderen. Laat de organisatie weten dat u uw toestemming intrekt, dan worden uw persoonsgegevens verwijderd.',
      professional:
        'De persoon kan de toestemming altijd intrekken door dit te melden aan uw organisatie of aan de ontvangende organisatie. De persoonsgegevens worden dan gewist.',
    },
    withdrawalConfirm: {
      self: 'Ik begrijp dat ik mijn toestemming altijd kan intrekken',
      professional: 'Ik heb de persoon uitgelegd hoe de toestemming kan worden ingetrokken',
    },
    method: 'Hoe is de toestemming gegeven?',
    explicit: {
      self: 'Ik stem ermee in dat de informatie hierboven met deze organisatie wordt gedeeld, voor de doelen die ik heb gekozen',
      professional:
        'De persoon heeft er uitdrukkelijk mee ingestemd dat de informatie hierboven met deze organisatie wordt gedeeld, voor de gekozen doelen',
    },
  },
  priority: {
    priority: 'Hoe dringend is het?',
    answerWithin: plural('nl', { other: 'Reactie verwacht binnen # uur' }),
    responseDue: 'Reactie nodig vóór',
    responseDueHint: (defaultDue: string) =>
      `Laat leeg om de termijn van deze prioriteit te gebruiken: ${defaultDue}. U kunt alleen een eerder tijdstip kiezen.`,
  },
  review: {
    heading: 'Controleer uw antwoorden voordat u ze verstuurt',
    change: 'Wijzigen',
    changeLabel: (section: string) => `Wijzigen: ${section}`,
    notProvided: 'Niet ingevuld',
    yes: 'Ja',
    no: 'Nee',
    defaultResponseDue: 'Standaardtermijn voor deze prioriteit',
  },
  submit: { self: 'Mijn aanvraag versturen', professional: 'Doorverwijzing versturen' },
  submitting: 'Bezig met versturen…',
  errorSummaryTitle: 'Er is een probleem',
  failure: {
    network:
      'Versturen is niet gelukt omdat de verbinding wegviel. Niets van wat u hebt ingevuld is verloren. Controleer uw verbinding en probeer het opnieuw.',
    server:
      'Er ging bij ons iets mis. Niets van wat u hebt ingevuld is verloren. Probeer het opnieuw: het wordt niet twee keer verstuurd.',
    rateLimited: 'Er zijn vanaf hier te veel aanvragen verstuurd. Wacht een minuut en probeer het dan opnieuw.',
    notAuthorised: 'Dit formulier mag geen aanvragen versturen. Neem contact op met de beheerder van deze website.',
    rejected: 'Sommige antwoorden zijn niet geaccepteerd. Controleer ze en verstuur opnieuw.',
    retry: 'Opnieuw versturen',
  },
  success: {
    title: { self: 'Uw aanvraag is verstuurd', professional: 'Doorverwijzing verstuurd' },
    reference: 'Kenmerk',
    nextContact:
      'De organisatie neemt contact met u op op de manieren die u hebt gekozen, op de tijden die u veilig vond. Bewaar dit kenmerk als dat veilig kan.',
    nextNoContact:
      'Niemand neemt contact met u op. Neem zelf contact op met de organisatie wanneer het veilig is, en geef dit kenmerk door.',
    nextProfessional: (due: string) =>
      `De ontvangende organisatie moet reageren vóór ${due}. De reactie verschijnt bij de doorverwijzingen van uw organisatie.`,
    followUp: {
      title: 'Schrijf dit op om uw aanvraag later te kunnen volgen',
      text: 'Met uw referentie en deze geheime code kunt u op deze website zien hoe het met uw aanvraag staat, of uw toestemming intrekken. De code wordt maar één keer getoond: niemand kan hem u opnieuw laten zien.',
      reference: 'Referentie',
      secret: 'Geheime code',
      advice:
        'Schrijf ze op papier en bewaar dat op een veilige plek. Maak geen screenshot of foto als iemand anders deze telefoon of computer kan gebruiken of bekijken.',
      hide: 'Ik heb het opgeschreven: verberg de code',
      hidden: 'De geheime code is verborgen en wordt niet op dit apparaat bewaard.',
    },
  },
  errors: {
    assistance: 'Kies minstens één soort hulp',
    victimTypes: 'Kies minstens één optie over wat er is gebeurd',
    caseSummary: 'Schrijf in een paar woorden wat er is gebeurd',
    name: 'Vul een naam in',
    languages: 'Kies minstens één taal',
    contact: 'Geef aan of contact veilig is',
    channels: 'Kies minstens één veilige manier om contact op te nemen',
    phone: 'Vul een telefoonnummer in met landnummer, zoals +351912345678',
    email: 'Vul een e-mailadres in, zoals naam@example.com',
    riskLevel: 'Kies het risiconiveau',
    purposes: 'Kies minstens één doel',
    method: 'Kies hoe de toestemming is gegeven',
    withdrawal: 'Bevestig dat is uitgelegd hoe de toestemming kan worden ingetrokken',
    explicit: 'Er is toestemming nodig voordat er iets kan worden verstuurd',
    priority: 'Kies hoe dringend het is',
    responseDue: 'Kies een tijdstip in de toekomst, niet later dan de termijn van deze prioriteit',
    returnDate: 'Vul een geldige datum in',
    policeReported: 'Kies of het misdrijf bij de politie is gemeld',
    proceedingsStage: 'Kies hoe ver de strafzaak is',
    tooLong: (maximum: number) => `Gebruik maximaal ${maximum} tekens`,
    blank: 'Dit mag niet leeg zijn',
    invalid: 'Controleer dit antwoord',
  },
};
