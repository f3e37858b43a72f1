/** Swedish strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formSv: typeof formEn = {
  title: { self: 'Be om stöd', professional: 'Hänvisa ett ärende' },
  intro: {
    self: 'Berätta vilken hjälp du behöver. Bara organisationen som ska stödja dig ser dina svar.',
    professional: 'Hänvisa personen till den mottagande organisationen. Dela bara det som behövs.',
  },
  stepOf: (current: number, total: number) => `Steg ${current} av ${total}`,
  steps: {
    needs: 'Stöd som behövs',
    person: { self: 'Om dig', professional: 'Om personen' },
    crossBorder: 'Gränsöverskridande situation',
    assessment: 'Individuell bedömning',
    consent: 'Samtycke',
    priority: 'Prioritet och svarstid',
    review: 'Kontrollera svaren',
  },
  continue: 'Fortsätt',
  back: 'Tillbaka',
  optional: '(frivilligt)',
  selectAll: 'Välj alla som stämmer.',
  receiver: 'Skickas till',
  service: 'Verksamhet',
  loadingService: 'Hämtar verksamheten…',
  serviceLoadError: 'Det gick inte att hämta verksamheten. Kontrollera din anslutning och försök sedan igen.',
  retry: 'Försök igen',
  noService: 'Ingen verksamhet har valts än. Välj en verksamhet först.',
  needs: {
    assistance: { self: 'Vilken hjälp behöver du?', professional: 'Vilken hjälp behöver personen?' },
    victimTypes: { self: 'Vad har du varit med om?', professional: 'Vad har personen varit med om?' },
    caseSummary: { self: 'Vad hände, med några få ord?', professional: 'Sammanfattning av ärendet' },
    caseSummaryHint: {
      self: 'Skriv bara det du vill dela. Du behöver inte ge några detaljer.',
      professional:
        'Det som den mottagande organisationen behöver veta, så att personen inte behöver berätta sin historia igen.',
    },
    notes: { self: 'Är det något mer vi borde veta?', professional: 'Andra anteckningar om behoven' },
  },
  person: {
    name: { self: 'Vad vill du att vi kallar dig?', professional: 'Namn eller pseudonym' },
    nameHint: {
      self: 'Ett förnamn eller vilket namn du vill räcker.',
      professional: 'Ett förnamn eller en pseudonym räcker.',
    },
    languages: { self: 'Vilka språk talar du?', professional: 'Språk som personen talar' },
    languagesHint: 'Välj minst ett.',
    ageGroup: { self: 'Din åldersgrupp', professional: 'Åldersgrupp' },
    ageGroups: {
      unspecified: 'Vill inte uppge',
      child: 'Under 18',
      adult: '18–64',
      'older-adult': '65 eller äldre',
    },
    contact: {
      self: 'Är det säkert för dig att organisationen kontaktar dig?',
      professional: 'Får den mottagande organisationen kontakta personen direkt?',
    },
    contactSafe: {
      self: 'Ja, det är säkert att kontakta mig',
      professional: 'Ja, på de säkra sätten nedan',
    },
    contactNone: { self: 'Nej, kontakta mig inte', professional: 'Nej, all kontakt går via oss' },
    contactNoneHint: {
      self: 'Välj detta om någon annan kan se din telefon, dina meddelanden eller din e-post. Du kan själv höra av dig när det är säkert.',
      professional: 'Den mottagande organisationen kontaktar din organisation, aldrig personen.',
    },
    channels: 'Säkra sätt att ta kontakt',
    channelsHint: 'Välj alla sätt som är säkra.',
    phone: 'Telefonnummer',
    phoneHint: 'Med landsnummer, till exempel +351 912 345 678',
    email: 'E-postadress',
    app: 'Vilken meddelandeapp?',
    safeTimes: {
      self: 'När är det säkert att kontakta dig?',
      professional: 'När är det säkert att ta kontakt?',
    },
    safeTimesHint: 'Till exempel: vardagar mellan 10.00 och 12.00, aldrig på kvällen.',
    mayLeaveMessage: {
      self: 'Organisationen får lämna ett meddelande där det står vilka de är',
      professional: 'Ett meddelande med organisationens namn får lämnas',
    },
    doNotContactNotes: {
      self: 'Är det något organisationen borde veta?',
      professional: 'Hur kontakten ska ordnas i stället',
    },
  },
  crossBorder: {
    intro:
      'Det den mottagande organisationen behöver veta om situationen mellan länderna, så att personen inte behöver berätta igen. Alla frågor är frivilliga.',
    crimeCountry: { self: 'I vilket land hände det?', professional: 'Land där brottet begicks' },
    crimePlace: 'Ort eller plats där det hände',
    residenceCountry: 'Land där personen bor',
    currentCountry: 'Land där personen är nu',
    returnDate: 'Datum då personen lämnar landet där brottet begicks',
    returnDateHint: 'Om personen åker hem eller reser vidare.',
    policeReported: 'Har brottet anmälts till polisen?',
    policeCountry: 'Land där det anmäldes',
    policeReference: 'Polisens diarienummer',
    proceedingsStage: 'Hur långt har brottmålet kommit?',
    proceedingsCountry: 'Land där brottmålet pågår',
    interpreterNeeded: { self: 'Behöver du tolk?', professional: 'Behöver personen tolk?' },
    contactLanguage: 'Språk att kontakta personen på',
    contactLanguageHint: 'Om det skiljer sig från de språk personen talar bäst.',
  },
  assessment: {
    riskLevel: 'Risk för ytterligare skada',
    riskLevelHint: 'Din bedömning av risken att personen utsätts för skada igen.',
    protectionNeeds: 'Skyddsbehov',
    notes: 'Anteckningar om bedömningen',
  },
  consent: {
    intro: {
      self: 'Innan något skickas: läs vad som kommer att delas och välj vad du samtycker till.',
      professional: 'Registrera vad personen uttryckligen har samtyckt till att dela. Fråga om varje del.',
    },
    dataShared: 'Vilken information som delas',
    dataSharedHint: {
      self: 'Det här innehåller dina svar. Om du vill dela mindre går du tillbaka och ändrar dem.',
      professional: 'Det här innehåller svaren. För att dela mindre, gå tillbaka och ändra dem.',
    },
    purposes: 'Vad den används till',
    purposesHint: 'Välj varje syfte som det finns samtycke till.',
    sharedWith: 'Vem den delas med',
    sharedWithOrganisation: (organisation: string) =>
      `Bara ${organisation}. Den delas inte med någon annan i nätverket.`,
    sharedWithHost:
      'Bara organisationen som driver den här webbplatsen. Den får skicka vidare din förfrågan till verksamheten du valde, men bara för de syften du samtycker till nedan.',
    withdrawal: 'Hur man återkallar samtycket',
    withdrawalText: {
      self: 'Du kan ändra dig när som helst. Säg till organisationen att du återkallar ditt samtycke, så raderas dina personuppgifter.',
      professional:
        'Personen kan återkalla sitt samtycke när som helst genom att säga till din organisation eller den mottagande organisationen. Personuppgifterna raderas då.',
    },
    withdrawalConfirm: {
      self: 'Jag förstår att jag kan återkalla mitt samtycke när som helst',
      professional: 'Jag har förklarat för personen hur samtycket kan återkallas',
    },
    method: 'Hur lämnades samtycket?',
    explicit: {
      self: 'Jag samtycker till att informationen ovan delas med den här organisationen, för de syften jag har valt',
      professional:
        'Personen har uttryckligen samtyckt till att informationen ovan delas med den här organisationen, för de valda syftena',
    },
  },
  priority: {
    priority: 'Hur brådskande är det?',
    answerWithin: plural('sv', {
      one: 'Svar väntas inom # timme',
      other: 'Svar väntas inom # timmar',
    }),
    responseDue: 'Svar behövs senast',
    responseDueHint: (defaultDue: string) =>
      `Lämna tomt för att använda tiden för den här prioriteten: ${defaultDue}. Du kan bara välja en tidigare tid.`,
  },
  review: {
    heading: 'Kontrollera dina svar innan du skickar',
    change: 'Ändra',
    changeLabel: (section: string) => `Ändra: ${section}`,
    notProvided: 'Inte angivet',
    yes: 'Ja',
    no: 'Nej',
    defaultResponseDue: 'Standardtid för den här prioriteten',
  },
  submit: { self: 'Skicka min förfrågan', professional: 'Skicka hänvisningen' },
  submitting: 'Skickar…',
  errorSummaryTitle: 'Det finns ett problem',
  failure: {
    network:
      'Det gick inte att skicka eftersom anslutningen bröts. Inget av det du har skrivit har försvunnit. Kontrollera din anslutning och försök sedan igen.',
    server:
      'Något gick fel hos oss. Inget av det du har skrivit har försvunnit. Försök igen: det skickas inte två gånger.',
    rateLimited: 'För många förfrågningar har skickats härifrån. Vänta en minut och försök sedan igen.',
    notAuthorised: 'Det här formuläret får inte skicka förfrågningar. Kontakta den som ansvarar för webbplatsen.',
    rejected: 'Några svar godtogs inte. Kontrollera dem och skicka igen.',
    retry: 'Försök skicka igen',
  },
  success: {
    title: { self: 'Din förfrågan har skickats', professional: 'Hänvisningen har skickats' },
    reference: 'Referensnummer',
    nextContact:
      'Organisationen kontaktar dig på de sätt du har valt, vid de tider du har angett som säkra. Spara referensnumret om det är säkert för dig.',
    nextNoContact:
      'Ingen kommer att kontakta dig. När det är säkert kan du höra av dig till organisationen och uppge referensnumret.',
    nextProfessional: (due: string) =>
      `Den mottagande organisationen ska svara senast ${due}. Svaret visas bland din organisations hänvisningar.`,
    followUp: {
      title: 'Skriv upp det här för att följa din förfrågan senare',
      text: 'Med ditt referensnummer och den här hemliga koden kan du på den här webbplatsen se vad som händer med din förfrågan, eller återkalla ditt samtycke. Koden visas bara den här gången: ingen kan visa dig den igen.',
      reference: 'Referensnummer',
      secret: 'Hemlig kod',
      advice:
        'Skriv dem på papper och förvara det på ett säkert ställe. Ta ingen skärmdump eller bild om någon annan kan använda eller titta på den här telefonen eller datorn.',
      hide: 'Jag har skrivit upp den: dölj koden',
      hidden: 'Den hemliga koden är dold och sparas inte på den här enheten.',
    },
  },
  errors: {
    assistance: 'Välj minst en typ av hjälp',
    victimTypes: 'Välj minst ett alternativ om vad som har hänt',
    caseSummary: 'Skriv några ord om vad som har hänt',
    name: 'Skriv ett namn',
    languages: 'Välj minst ett språk',
    contact: 'Välj om det är säkert att ta kontakt',
    channels: 'Välj minst ett säkert sätt att ta kontakt',
    phone: 'Skriv ett telefonnummer med landsnummer, till exempel +351912345678',
    email: 'Skriv en e-postadress, till exempel namn@example.com',
    riskLevel: 'Välj risknivå',
    purposes: 'Välj minst ett syfte',
    method: 'Välj hur samtycket lämnades',
    withdrawal: 'Bekräfta att det har förklarats hur samtycket kan återkallas',
    explicit: 'Samtycke behövs innan något kan skickas',
    priority: 'Välj hur brådskande det är',
    responseDue: 'Välj en tid i framtiden, inte senare än tiden för den här prioriteten',
    returnDate: 'Ange ett giltigt datum',
    policeReported: 'Välj om brottet har anmälts till polisen',
    proceedingsStage: 'Välj hur långt brottmålet har kommit',
    tooLong: (maximum: number) => `Skriv högst ${maximum} tecken`,
    blank: 'Fältet får inte vara tomt',
    invalid: 'Kontrollera det här svaret',
  },
};
