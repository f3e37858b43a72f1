/** Danish strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formDa: typeof formEn = {
  title: { self: 'Bed om støtte', professional: 'Henvis en sag' },
  intro: {
    self: 'Fortæl os, hvilken hjælp du har brug for. Kun den organisation, der skal støtte dig, ser dine svar.',
    professional: 'Henvis personen til den modtagende organisation. Del kun det nødvendige.',
  },
  stepOf: (current: number, total: number) => `Trin ${current} af ${total}`,
  steps: {
    needs: 'Behov for støtte',
    person: { self: 'Om dig', professional: 'Om personen' },
    crossBorder: 'Grænseoverskridende situation',
    assessment: 'Individuel vurdering',
    consent: 'Samtykke',
    priority: 'Prioritet og svarfrist',
    review: 'Tjek dine svar',
  },
  continue: 'Fortsæt',
  back: 'Tilbage',
  optional: '(valgfrit)',
  selectAll: 'Vælg alt, der passer.',
  receiver: 'Sendes til',
  service: 'Tilbud',
  loadingService: 'Henter tilbuddet…',
  serviceLoadError: 'Tilbuddet kunne ikke hentes. Tjek din forbindelse, og prøv igen.',
  retry: 'Prøv igen',
  noService: 'Der er ikke valgt et tilbud endnu. Vælg først et tilbud.',
  needs: {
    assistance: { self: 'Hvilken hjælp har du brug for?', professional: 'Hvilken hjælp har personen brug for?' },
    victimTypes: { self: 'Hvad er der sket med dig?', professional: 'Hvad har personen været udsat for?' },
    caseSummary: { self: 'Hvad skete der, med få ord?', professional: 'Resumé af sagen' },
    caseSummaryHint: {
      self: 'Skriv kun det, du har lyst til at dele. Du behøver ikke at give detaljer.',
      professional: 'Det, den modtagende organisation skal vide, så personen ikke skal fortælle sin historie igen.',
    },
    notes: { self: 'Er der andet, vi bør vide?', professional: 'Andre bemærkninger om behovene' },
  },
  person: {
    name: { self: 'Hvad skal vi kalde dig?', professional: 'Navn eller pseudonym' },
    nameHint: {
      self: 'Et fornavn eller et andet navn, du selv vælger, er nok.',
      professional: 'Et fornavn eller et pseudonym er nok.',
    },
    languages: { self: 'Hvilke sprog taler du?', professional: 'Sprog, personen taler' },
    languagesHint: 'Vælg mindst ét.',
    ageGroup: { self: 'Din aldersgruppe', professional: 'Aldersgruppe' },
    ageGroups: {
      unspecified: 'Vil helst ikke oplyse',
      child: 'Under 18',
      adult: '18 til 64',
      'older-adult': '65 eller derover',
    },
    contact: {
      self: 'Er det sikkert, at organisationen kontakter dig?',
      professional: 'Må den modtagende organisation kontakte personen direkte?',
    },
    contactSafe: { self: 'Ja, det er sikkert at kontakte mig', professional: 'Ja, på de sikre måder nedenfor' },
    contactNone: { self: 'Nej, kontakt mig ikke', professional: 'Nej, al kontakt går gennem os' },
    contactNoneHint: {
      self: 'Vælg dette, hvis en anden kan se din telefon, dine beskeder eller din e-mail. Du kan selv tage kontakt, når det er sikkert.',
      professional: 'Den modtagende organisation kontakter din organisation, aldrig personen.',
    },
    channels: 'Sikre måder at tage kontakt på',
    channelsHint: 'Vælg alle måder, der er sikre.',
    phone: 'Telefonnummer',
    phoneHint: 'Med landekode, for eksempel +351 912 345 678',
    email: 'E-mailadresse',
    app: 'Hvilken beskedapp?',
    safeTimes: {
      self: 'Hvornår er det sikkert at kontakte dig?',
      professional: 'Hvornår er det sikkert at tage kontakt?',
    },
    safeTimesHint: 'For eksempel: hverdage mellem 10:00 og 12:00, aldrig om aftenen.',
    mayLeaveMessage: {
      self: 'Organisationen må lægge en besked, hvor den siger, hvem den er',
      professional: 'Der må lægges en besked med organisationens navn',
    },
    doNotContactNotes: {
      self: 'Er der noget, organisationen bør vide?',
      professional: 'Hvordan kontakten i stedet skal foregå',
    },
  },
  crossBorder: {
    intro:
      'Det, den modtagende organisation skal vide om situationen mellem landene, så personen ikke skal spørges igen. Alle spørgsmål er frivillige.',
    crimeCountry: { self: 'I hvilket land skete det?', professional: 'Land, hvor forbrydelsen skete' },
    crimePlace: 'By eller sted, hvor det skete',
    residenceCountry: 'Land, hvor personen bor',
    currentCountry: 'Land, hvor personen er nu',
    returnDate: 'Dato, hvor personen forlader landet, hvor forbrydelsen skete',
    returnDateHint: 'Hvis personen tager hjem eller rejser videre.',
    policeReported: 'Er forbrydelsen anmeldt til politiet?',
    policeCountry: 'Land, hvor den blev anmeldt',
    policeReference: 'Politiets journalnummer',
    proceedingsStage: 'Hvor langt er straffesagen?',
    proceedingsCountry: 'Land for straffesagen',
    interpreterNeeded: { self: 'Har du brug for en tolk?', professional: 'Har personen brug for en tolk?' },
    contactLanguage: 'Sprog, personen skal kontaktes på',
    contactLanguageHint: 'Hvis det er et andet end de sprog, personen taler bedst.',
  },
  assessment: {
    riskLevel: 'Risiko for yderligere skade',
    riskLevelHint: 'Din vurdering af risikoen for, at personen bliver skadet igen.',
    protectionNeeds: 'Beskyttelsesbehov',
    notes: 'Bemærkninger til vurderingen',
  },
  consent: {
    intro: {
      self: 'Før noget bliver sendt: Læs, hvad der bliver delt, og vælg, hvad du giver samtykke til.',
      professional: 'Registrér, hvad personen udtrykkeligt har givet samtykke til at dele. Spørg om hvert punkt.',
    },
    dataShared: 'Hvilke oplysninger der deles',
    dataSharedHint: {
      self: 'Det er det, dine svar indeholder. Vil du dele mindre, så gå tilbage og ret dem.',
      professional: 'Det er det, svarene indeholder. Skal der deles mindre, så gå tilbage og ret dem.',
    },
    purposes: 'Hvad de bruges til',
    purposesHint: 'Vælg hvert formål, der er givet samtykke til.',
    sharedWith: 'Hvem de deles med',
    sharedWithOrganisation: (organisation: string) => `Kun ${organisation}. De deles ikke med andre i netværket.`,
    sharedWithHost:
      'Kun den organisation, der driver dette websted. Den må kun give din henvendelse videre til det tilbud, du har valgt, og kun til de formål, du giver samtykke til nedenfor.',
    withdrawal: 'Sådan trækker man samtykket tilbage',
    withdrawalText: {
      self: 'Du kan altid ombestemme dig. Fortæl organisationen, at du trækker dit samtykke tilbage, så bliver dine personoplysninger slettet.',
      professional:
        'Personen kan til enhver tid trække sit samtykke tilbage ved at sige det til din organisation eller til den modtagende organisation. Personoplysningerne bliver så slettet.',
    },
    withdrawalConfirm: {
      self: 'Jeg forstår, at jeg til enhver tid kan trække mit samtykke tilbage',
      professional: 'Jeg har forklaret personen, hvordan samtykket trækkes tilbage',
    },
    method: 'Hvordan blev samtykket givet?',
    explicit: {
      self: 'Jeg giver samtykke til, at oplysningerne ovenfor deles med denne organisation til de formål, jeg har valgt',
      professional:
        'Personen har udtrykkeligt givet samtykke til, at oplysningerne ovenfor deles med denne organisation til de valgte formål',
    },
  },
  priority: {
    priority: 'Hvor meget haster det?',
    answerWithin: plural('da', {
      one: 'Svar forventes inden for # time',
      other: 'Svar forventes inden for # timer',
    }),
    responseDue: 'Svar senest',
    responseDueHint: (defaultDue: string) =>
      `Lad feltet stå tomt for at bruge fristen for denne prioritet: ${defaultDue}. Du kan kun vælge et tidligere tidspunkt.`,
  },
  review: {
    heading: 'Tjek dine svar, før du sender',
    change: 'Ret',
    changeLabel: (section: string) => `Ret ${section}`,
    notProvided: 'Ikke oplyst',
    yes: 'Ja',
    no: 'Nej',
    defaultResponseDue: 'Standardfrist for denne prioritet',
  },
  submit: { self: 'Send min henvendelse', professional: 'Send henvisning' },
  submitting: 'Sender…',
  errorSummaryTitle: 'Der er et problem',
  failure: {
    network:
      'Det kunne ikke sendes, fordi forbindelsen svigtede. Intet af det, du har skrevet, er gået tabt. Tjek din forbindelse, og prøv igen.',
    server:
      'Der gik noget galt hos os. Intet af det, du har skrevet, er gået tabt. Prøv igen: Det bliver ikke sendt to gange.',
    rateLimited: 'Der er sendt for mange anmodninger herfra. Vent et minut, og prøv igen.',
    notAuthorised: 'Denne formular har ikke tilladelse til at sende anmodninger. Kontakt ejeren af dette websted.',
    rejected: 'Nogle svar blev ikke godkendt. Tjek dem, og send igen.',
    retry: 'Prøv at sende igen',
  },
  success: {
    title: { self: 'Din henvendelse er sendt', professional: 'Henvisning sendt' },
    reference: 'Referencenummer',
    nextContact:
      'Organisationen kontakter dig på de måder, du har valgt, på de tidspunkter, du har angivet som sikre. Hvis det er sikkert, så gem dette referencenummer.',
    nextNoContact:
      'Ingen vil kontakte dig. Når det er sikkert, kan du kontakte organisationen og oplyse dette referencenummer.',
    nextProfessional: (due: string) =>
      `Den modtagende organisation skal svare senest ${due}. Svaret vises under din organisations henvisninger.`,
    followUp: {
      title: 'Skriv det her ned, så du kan følge din anmodning senere',
      text: 'Med dit referencenummer og denne hemmelige kode kan du på denne hjemmeside se, hvad der sker med din anmodning, eller trække dit samtykke tilbage. Koden vises kun denne ene gang: ingen kan vise dig den igen.',
      reference: 'Referencenummer',
      secret: 'Hemmelig kode',
      advice:
        'Skriv dem på papir, og gem det et sikkert sted. Tag ikke et skærmbillede eller et foto, hvis andre kan bruge eller se denne telefon eller computer.',
      hide: 'Jeg har skrevet den ned: skjul koden',
      hidden: 'Den hemmelige kode er skjult og gemmes ikke på denne enhed.',
    },
  },
  errors: {
    assistance: 'Vælg mindst én type hjælp',
    victimTypes: 'Vælg mindst én ting, der er sket',
    caseSummary: 'Skriv et par ord om, hvad der skete',
    name: 'Skriv et navn',
    languages: 'Vælg mindst ét sprog',
    contact: 'Vælg, om det er sikkert at tage kontakt',
    channels: 'Vælg mindst én sikker måde at tage kontakt på',
    phone: 'Skriv et telefonnummer med landekode, for eksempel +351912345678',
    email: 'Skriv en e-mailadresse, for eksempel name@example.com',
    riskLevel: 'Vælg risikoniveauet',
    purposes: 'Vælg mindst ét formål',
    method: 'Vælg, hvordan samtykket blev givet',
    withdrawal: 'Bekræft, at det er forklaret, hvordan samtykket trækkes tilbage',
    explicit: 'Der skal gives samtykke, før noget kan sendes',
    priority: 'Vælg, hvor meget det haster',
    responseDue: 'Vælg et tidspunkt i fremtiden, senest fristen for denne prioritet',
    returnDate: 'Indtast en gyldig dato',
    policeReported: 'Vælg, om forbrydelsen er anmeldt til politiet',
    proceedingsStage: 'Vælg, hvor langt straffesagen er',
    tooLong: (maximum: number) => `Skriv højst ${maximum} tegn`,
    blank: 'Feltet må ikke være tomt',
    invalid: 'Tjek dette svar',
  },
};
