/** Polish strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formPl: typeof formEn = {
  title: { self: 'Poproś o wsparcie', professional: 'Skieruj osobę' },
  intro: {
    self: 'Napisz, jakiej pomocy potrzebujesz. Twoje odpowiedzi zobaczy tylko organizacja, która będzie Cię wspierać.',
    professional: 'Skieruj osobę do organizacji przyjmującej. Przekaż tylko te informacje, które są potrzebne.',
  },
  stepOf: (current: number, total: number) => `Krok ${current} z ${total}`,
  steps: {
    needs: 'Potrzebne wsparcie',
    person: { self: 'O Tobie', professional: 'O osobie' },
    crossBorder: 'Sytuacja transgraniczna',
    assessment: 'Indywidualna ocena',
    consent: 'Zgoda',
    priority: 'Priorytet i czas na odpowiedź',
    review: 'Sprawdzenie odpowiedzi',
  },
  continue: 'Dalej',
  back: 'Wstecz',
  optional: '(opcjonalnie)',
  selectAll: 'Zaznacz wszystkie pasujące odpowiedzi.',
  receiver: 'Odbiorca',
  service: 'Usługa',
  loadingService: 'Wczytywanie usługi…',
  serviceLoadError: 'Nie udało się wczytać usługi. Sprawdź połączenie z internetem i spróbuj ponownie.',
  retry: 'Spróbuj ponownie',
  noService: 'Nie wybrano jeszcze usługi. Najpierw wybierz usługę.',
  needs: {
    assistance: { self: 'Jakiej pomocy potrzebujesz?', professional: 'Jakiej pomocy potrzebuje ta osoba?' },
    victimTypes: { self: 'Co Ci się przydarzyło?', professional: 'Czego doświadczyła ta osoba?' },
    caseSummary: { self: 'Co się stało? Wystarczy kilka słów.', professional: 'Opis sprawy' },
    caseSummaryHint: {
      self: 'Napisz tylko to, czym chcesz się podzielić. Nie musisz podawać szczegółów.',
      professional:
        'To, co organizacja przyjmująca musi wiedzieć, aby osoba nie musiała ponownie opowiadać swojej historii.',
    },
    notes: { self: 'Czy jest coś jeszcze, o czym powinniśmy wiedzieć?', professional: 'Inne uwagi o potrzebach' },
  },
  person: {
    name: { self: 'Jak mamy się do Ciebie zwracać?', professional: 'Imię lub pseudonim' },
    nameHint: {
      self: 'Wystarczy imię albo dowolne wybrane przez Ciebie imię.',
      professional: 'Wystarczy imię lub pseudonim.',
    },
    languages: { self: 'W jakich językach mówisz?', professional: 'Języki, którymi posługuje się ta osoba' },
    languagesHint: 'Zaznacz co najmniej jeden.',
    ageGroup: { self: 'Twoja grupa wiekowa', professional: 'Grupa wiekowa' },
    ageGroups: {
      unspecified: 'Wolę nie podawać',
      child: 'Poniżej 18 lat',
      adult: '18–64 lata',
      'older-adult': '65 lat lub więcej',
    },
    contact: {
      self: 'Czy kontakt ze strony organizacji jest dla Ciebie bezpieczny?',
      professional: 'Czy organizacja przyjmująca może kontaktować się bezpośrednio z tą osobą?',
    },
    contactSafe: {
      self: 'Tak, kontakt ze mną jest bezpieczny',
      professional: 'Tak, w bezpieczny sposób wskazany poniżej',
    },
    contactNone: {
      self: 'Nie, proszę się ze mną nie kontaktować',
      professional: 'Nie, każdy kontakt odbywa się przez nas',
    },
    contactNoneHint: {
      self: 'Wybierz tę opcję, jeśli ktoś inny może zobaczyć Twój telefon, wiadomości lub e-maile. Możesz odezwać się wtedy, gdy będzie to bezpieczne.',
      professional: 'Organizacja przyjmująca skontaktuje się z Twoją organizacją, nigdy z tą osobą.',
    },
    channels: 'Bezpieczne sposoby kontaktu',
    channelsHint: 'Zaznacz każdy sposób, który jest bezpieczny.',
    phone: 'Numer telefonu',
    phoneHint: 'Z numerem kierunkowym kraju, na przykład +351 912 345 678',
    email: 'Adres e-mail',
    app: 'Który komunikator?',
    safeTimes: {
      self: 'Kiedy kontakt z Tobą jest bezpieczny?',
      professional: 'Kiedy kontakt jest bezpieczny?',
    },
    safeTimesHint: 'Na przykład: w dni robocze między 10:00 a 12:00, nigdy wieczorem.',
    mayLeaveMessage: {
      self: 'Organizacja może zostawić wiadomość, w której się przedstawi',
      professional: 'Można zostawić wiadomość z nazwą organizacji',
    },
    doNotContactNotes: {
      self: 'Czy jest coś, o czym organizacja powinna wiedzieć?',
      professional: 'Jak w takim razie ma przebiegać kontakt',
    },
  },
  crossBorder: {
    intro:
      'Co organizacja przyjmująca musi wiedzieć o sytuacji między krajami, aby nie pytać tej osoby ponownie. Wszystkie pytania są nieobowiązkowe.',
    crimeCountry: { self: 'W jakim kraju to się stało?', professional: 'Kraj, w którym popełniono przestępstwo' },
    crimePlace: 'Miejscowość lub miejsce, gdzie to się stało',
    residenceCountry: 'Kraj, w którym mieszka ta osoba',
    currentCountry: 'Kraj, w którym ta osoba jest teraz',
    returnDate: 'Data wyjazdu tej osoby z kraju, w którym popełniono przestępstwo',
    returnDateHint: 'Jeśli wraca do domu lub jedzie dalej.',
    policeReported: 'Czy przestępstwo zgłoszono policji?',
    policeCountry: 'Kraj, w którym je zgłoszono',
    policeReference: 'Numer sprawy na policji',
    proceedingsStage: 'Na jakim etapie jest postępowanie karne?',
    proceedingsCountry: 'Kraj postępowania karnego',
    interpreterNeeded: { self: 'Czy potrzebujesz tłumacza?', professional: 'Czy ta osoba potrzebuje tłumacza?' },
    contactLanguage: 'Język kontaktu z tą osobą',
    contactLanguageHint: 'Jeśli jest inny niż języki, którymi mówi najlepiej.',
  },
  assessment: {
    riskLevel: 'Ryzyko dalszej krzywdy',
    riskLevelHint: 'Twoja ocena ryzyka, że ta osoba ponownie dozna krzywdy.',
    protectionNeeds: 'Potrzeby w zakresie ochrony',
    notes: 'Uwagi do oceny',
  },
  consent: {
    intro: {
      self: 'Zanim cokolwiek zostanie wysłane, przeczytaj, co zostanie udostępnione, i zdecyduj, na co się zgadzasz.',
      professional: 'Zapisz, na udostępnienie czego ta osoba wyraźnie się zgodziła. Zapytaj ją o każdy punkt.',
    },
    dataShared: 'Jakie informacje zostaną udostępnione',
    dataSharedHint: {
      self: 'To zawierają Twoje odpowiedzi. Jeśli chcesz udostępnić mniej, wróć i je zmień.',
      professional: 'To zawierają odpowiedzi. Aby udostępnić mniej, wróć i je zmień.',
    },
    purposes: 'W jakim celu zostaną wykorzystane',
    purposesHint: 'Zaznacz każdy cel, na który wyrażono zgodę.',
    sharedWith: 'Komu zostaną udostępnione',
    sharedWithOrganisation: (organisation: string) =>
      `Tylko organizacji ${organisation}. Nikt inny w sieci ich nie otrzyma.`,
    sharedWithHost:
      'Tylko organizacji, która prowadzi tę stronę. Może ona przekazać Twoją prośbę do wybranej usługi wyłącznie w celach, na które zgodzisz się poniżej.',
    withdrawal: 'Jak wycofać zgodę',
    withdrawalText: {
      self: 'W każdej chwili możesz zmienić zdanie. Przekaż organizacji, że wycofujesz zgodę, a Twoje dane osobowe zostaną usunięte.',
      professional:
        'Osoba może w każdej chwili wycofać zgodę, informując o tym Twoją organizację lub organizację przyjmującą. Jej dane osobowe zostaną wtedy usunięte.',
    },
    withdrawalConfirm: {
      self: 'Rozumiem, że w każdej chwili mogę wycofać zgodę',
      professional: 'Osobie wyjaśniono, jak wycofać zgodę',
    },
    method: 'W jaki sposób wyrażono zgodę?',
    explicit: {
      self: 'Zgadzam się na udostępnienie tej organizacji informacji wymienionych powyżej, w wybranych przeze mnie celach',
      professional:
        'Osoba wyraźnie zgodziła się na udostępnienie tej organizacji informacji wymienionych powyżej, w wybranych celach',
    },
  },
  priority: {
    priority: 'Jak pilna jest sprawa?',
    answerWithin: plural('pl', {
      one: 'Odpowiedź oczekiwana w ciągu # godziny',
      few: 'Odpowiedź oczekiwana w ciągu # godzin',
      many: 'Odpowiedź oczekiwana w ciągu # godzin',
      other: 'Odpowiedź oczekiwana w ciągu # godziny',
    }),
    responseDue: 'Odpowiedź potrzebna do',
    responseDueHint: (defaultDue: string) =>
      `Zostaw puste, aby zastosować termin dla tego priorytetu: ${defaultDue}. Można wybrać tylko wcześniejszy termin.`,
  },
  review: {
    heading: 'Sprawdź odpowiedzi przed wysłaniem',
    change: 'Zmień',
    changeLabel: (section: string) => `Zmień: ${section}`,
    notProvided: 'Nie podano',
    yes: 'Tak',
    no: 'Nie',
    defaultResponseDue: 'Domyślny termin dla tego priorytetu',
  },
  submit: { self: 'Wyślij moją prośbę', professional: 'Wyślij skierowanie' },
  submitting: 'Wysyłanie…',
  errorSummaryTitle: 'Wystąpił problem',
  failure: {
    network:
      'Nie udało się wysłać, ponieważ połączenie zostało przerwane. Nic z tego, co wpisano, nie zostało utracone. Sprawdź połączenie i spróbuj ponownie.',
    server:
      'Coś poszło nie tak po naszej stronie. Nic z tego, co wpisano, nie zostało utracone. Spróbuj ponownie: nic nie zostanie wysłane dwa razy.',
    rateLimited: 'Z tego miejsca wysłano zbyt wiele próśb. Odczekaj minutę i spróbuj ponownie.',
    notAuthorised: 'Ten formularz nie ma uprawnień do wysyłania próśb. Skontaktuj się z właścicielem tej strony.',
    rejected: 'Niektóre odpowiedzi nie zostały przyjęte. Sprawdź je i wyślij ponownie.',
    retry: 'Wyślij ponownie',
  },
  success: {
    title: { self: 'Twoja prośba została wysłana', professional: 'Skierowanie zostało wysłane' },
    reference: 'Numer referencyjny',
    nextContact:
      'Organizacja skontaktuje się z Tobą w wybrany przez Ciebie sposób, w godzinach wskazanych jako bezpieczne. Jeśli to bezpieczne, zachowaj ten numer.',
    nextNoContact:
      'Nikt nie będzie się z Tobą kontaktować. Gdy będzie to bezpieczne, skontaktuj się z organizacją i podaj ten numer.',
    nextProfessional: (due: string) =>
      `Organizacja przyjmująca musi odpowiedzieć do ${due}. Odpowiedź pojawi się wśród skierowań Twojej organizacji.`,
    followUp: {
      title: 'Zapisz to, aby później sprawdzić swoją prośbę',
      text: 'Dzięki numerowi referencyjnemu i temu tajnemu kodowi możesz na tej stronie sprawdzić, co dzieje się z Twoją prośbą, albo wycofać zgodę. Kod jest pokazywany tylko ten jeden raz: nikt nie może pokazać Ci go ponownie.',
      reference: 'Numer referencyjny',
      secret: 'Tajny kod',
      advice:
        'Zapisz je na kartce i schowaj w bezpiecznym miejscu. Nie rób zrzutu ekranu ani zdjęcia, jeśli ktoś inny może używać tego telefonu lub komputera albo do niego zaglądać.',
      hide: 'Zapisałem/zapisałam: ukryj kod',
      hidden: 'Tajny kod jest ukryty i nie jest przechowywany na tym urządzeniu.',
    },
  },
  errors: {
    assistance: 'Zaznacz co najmniej jeden rodzaj pomocy',
    victimTypes: 'Zaznacz co najmniej jedną odpowiedź o tym, co się wydarzyło',
    caseSummary: 'Napisz kilka słów o tym, co się wydarzyło',
    name: 'Wpisz imię',
    languages: 'Zaznacz co najmniej jeden język',
    contact: 'Zaznacz, czy kontakt jest bezpieczny',
    channels: 'Zaznacz co najmniej jeden bezpieczny sposób kontaktu',
    phone: 'Wpisz numer telefonu z numerem kierunkowym kraju, na przykład +351912345678',
    email: 'Wpisz adres e-mail, na przykład imie@example.com',
    riskLevel: 'Wybierz poziom ryzyka',
    purposes: 'Zaznacz co najmniej jeden cel',
    method: 'Wybierz, w jaki sposób wyrażono zgodę',
    withdrawal: 'Potwierdź, że wyjaśniono, jak wycofać zgodę',
    explicit: 'Zanim cokolwiek zostanie wysłane, potrzebna jest zgoda',
    priority: 'Wybierz, jak pilna jest sprawa',
    responseDue: 'Wybierz termin w przyszłości, nie późniejszy niż termin dla tego priorytetu',
    returnDate: 'Wpisz prawidłową datę',
    policeReported: 'Wybierz, czy przestępstwo zgłoszono policji',
    proceedingsStage: 'Wybierz etap postępowania karnego',
    tooLong: (maximum: number) => `Maksymalna liczba znaków: ${maximum}`,
    blank: 'To pole nie może być puste',
    invalid: 'Sprawdź tę odpowiedź',
  },
};
