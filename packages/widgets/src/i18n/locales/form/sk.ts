/** Slovak strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formSk: typeof formEn = {
  title: { self: 'Požiadať o pomoc', professional: 'Odporučiť prípad' },
  intro: {
    self: 'Povedzte nám, akú pomoc potrebujete. Vaše odpovede uvidí len organizácia, ktorá vám bude pomáhať.',
    professional: 'Odporučte osobu prijímajúcej organizácii. Uveďte len to, čo je potrebné.',
  },
  stepOf: (current: number, total: number) => `Krok ${current} z ${total}`,
  steps: {
    needs: 'Potrebná pomoc',
    person: { self: 'O vás', professional: 'O osobe' },
    crossBorder: 'Cezhraničná situácia',
    assessment: 'Individuálne posúdenie',
    consent: 'Súhlas',
    priority: 'Priorita a lehota na odpoveď',
    review: 'Kontrola odpovedí',
  },
  continue: 'Pokračovať',
  back: 'Späť',
  optional: '(nepovinné)',
  selectAll: 'Vyberte všetko, čo platí.',
  receiver: 'Príjemca',
  service: 'Služba',
  loadingService: 'Načítavanie služby…',
  serviceLoadError: 'Službu sa nepodarilo načítať. Skontrolujte pripojenie a skúste to znova.',
  retry: 'Skúsiť znova',
  noService: 'Zatiaľ nie je vybraná žiadna služba. Najprv vyberte službu.',
  needs: {
    assistance: { self: 'Akú pomoc potrebujete?', professional: 'Akú pomoc osoba potrebuje?' },
    victimTypes: { self: 'Čo sa vám stalo?', professional: 'Čo osoba zažila?' },
    caseSummary: { self: 'Čo sa stalo, v niekoľkých slovách?', professional: 'Zhrnutie prípadu' },
    caseSummaryHint: {
      self: 'Napíšte len to, o čom chcete hovoriť. Podrobnosti uvádzať nemusíte.',
      professional: 'Čo potrebuje prijímajúca organizácia vedieť, aby osoba nemusela svoj príbeh rozprávať znova.',
    },
    notes: { self: 'Chcete nám povedať ešte niečo?', professional: 'Ďalšie poznámky k potrebám' },
  },
  person: {
    name: { self: 'Ako vás máme oslovovať?', professional: 'Meno alebo prezývka' },
    nameHint: {
      self: 'Stačí krstné meno alebo akékoľvek meno, ktoré si zvolíte.',
      professional: 'Stačí krstné meno alebo prezývka.',
    },
    languages: { self: 'Akými jazykmi hovoríte?', professional: 'Jazyky, ktorými osoba hovorí' },
    languagesHint: 'Vyberte aspoň jeden.',
    ageGroup: { self: 'Vaša veková skupina', professional: 'Veková skupina' },
    ageGroups: {
      unspecified: 'Radšej neuvediem',
      child: 'Menej ako 18 rokov',
      adult: '18 – 64 rokov',
      'older-adult': '65 rokov a viac',
    },
    contact: {
      self: 'Je pre vás bezpečné, aby vás organizácia kontaktovala?',
      professional: 'Môže prijímajúca organizácia kontaktovať osobu priamo?',
    },
    contactSafe: {
      self: 'Áno, je bezpečné ma kontaktovať',
      professional: 'Áno, bezpečnými spôsobmi uvedenými nižšie',
    },
    contactNone: {
      self: 'Nie, nekontaktujte ma',
      professional: 'Nie, všetok kontakt ide cez nás',
    },
    contactNoneHint: {
      self: 'Vyberte túto možnosť, ak váš telefón, správy alebo e-mail môže vidieť niekto iný. Ozvať sa môžete sami, keď to bude bezpečné.',
      professional: 'Prijímajúca organizácia bude kontaktovať vašu organizáciu, nikdy nie samotnú osobu.',
    },
    channels: 'Bezpečné spôsoby kontaktu',
    channelsHint: 'Vyberte každý spôsob, ktorý je bezpečný.',
    phone: 'Telefónne číslo',
    phoneHint: 'S predvoľbou krajiny, napríklad +351 912 345 678',
    email: 'E-mailová adresa',
    app: 'Ktorá komunikačná aplikácia?',
    safeTimes: {
      self: 'Kedy je bezpečné vás kontaktovať?',
      professional: 'Kedy je bezpečné nadviazať kontakt?',
    },
    safeTimesHint: 'Napríklad: v pracovné dni od 10:00 do 12:00, nikdy nie večer.',
    mayLeaveMessage: {
      self: 'Organizácia môže zanechať správu, v ktorej uvedie, kto je',
      professional: 'Je možné zanechať správu s názvom organizácie',
    },
    doNotContactNotes: {
      self: 'Chcete, aby organizácia o niečom vedela?',
      professional: 'Ako má kontakt namiesto toho prebiehať',
    },
  },
  crossBorder: {
    intro:
      'Čo musí prijímajúca organizácia vedieť o situácii medzi štátmi, aby sa osoby nemusela pýtať znova. Všetky otázky sú nepovinné.',
    crimeCountry: { self: 'V ktorej krajine sa to stalo?', professional: 'Krajina, kde bol trestný čin spáchaný' },
    crimePlace: 'Mesto alebo miesto, kde sa to stalo',
    residenceCountry: 'Krajina, kde osoba žije',
    currentCountry: 'Krajina, kde je osoba teraz',
    returnDate: 'Dátum, keď osoba opúšťa krajinu trestného činu',
    returnDateHint: 'Ak sa vracia domov alebo cestuje ďalej.',
    policeReported: 'Bol trestný čin oznámený polícii?',
    policeCountry: 'Krajina, kde bol oznámený',
    policeReference: 'Číslo spisu polície',
    proceedingsStage: 'V akom štádiu je trestné konanie?',
    proceedingsCountry: 'Krajina trestného konania',
    interpreterNeeded: { self: 'Potrebujete tlmočníka?', professional: 'Potrebuje osoba tlmočníka?' },
    contactLanguage: 'Jazyk, v ktorom osobu kontaktovať',
    contactLanguageHint: 'Ak sa líši od jazykov, ktorými hovorí najlepšie.',
  },
  assessment: {
    riskLevel: 'Riziko ďalšej ujmy',
    riskLevelHint: 'Vaše posúdenie rizika, že osobe bude znova ublížené.',
    protectionNeeds: 'Potreby ochrany',
    notes: 'Poznámky k posúdeniu',
  },
  consent: {
    intro: {
      self: 'Predtým, ako sa čokoľvek odošle, si prečítajte, čo sa bude zdieľať, a vyberte, s čím súhlasíte.',
      professional: 'Zaznamenajte, s poskytnutím čoho osoba výslovne súhlasila. Opýtajte sa jej na každú položku.',
    },
    dataShared: 'Aké informácie sa zdieľajú',
    dataSharedHint: {
      self: 'Toto obsahujú vaše odpovede. Ak chcete zdieľať menej, vráťte sa a zmeňte ich.',
      professional: 'Toto obsahujú odpovede. Ak chcete zdieľať menej, vráťte sa a zmeňte ich.',
    },
    purposes: 'Na aký účel sa použijú',
    purposesHint: 'Vyberte každý účel, s ktorým bol vyjadrený súhlas.',
    sharedWith: 'S kým sa zdieľajú',
    sharedWithOrganisation: (organisation: string) =>
      `Len s organizáciou ${organisation}. S nikým iným v sieti sa nezdieľajú.`,
    sharedWithHost:
      'Len s organizáciou, ktorá prevádzkuje túto webovú stránku. Vašu žiadosť môže postúpiť vybranej službe len na účely, s ktorými nižšie vyjadríte súhlas.',
    withdrawal: 'Ako odvolať súhlas',
    withdrawalText: {
      self: 'Svoje rozhodnutie môžete kedykoľvek zmeniť. Oznámte organizácii, že svoj súhlas odvolávate, a vaše osobné údaje budú vymazané.',
      professional:
        'Osoba môže súhlas kedykoľvek odvolať tak, že to oznámi vašej organizácii alebo prijímajúcej organizácii. Jej osobné údaje sa potom vymažú.',
    },
    withdrawalConfirm: {
      self: 'Rozumiem, že svoj súhlas môžem kedykoľvek odvolať',
      professional: 'Osobe som vysvetlil(a), ako môže súhlas odvolať',
    },
    method: 'Ako bol súhlas udelený?',
    explicit: {
      self: 'Súhlasím s poskytnutím vyššie uvedených informácií tejto organizácii na účely, ktoré som vybral(a)',
      professional:
        'Osoba výslovne súhlasila s poskytnutím vyššie uvedených informácií tejto organizácii na vybrané účely',
    },
  },
  priority: {
    priority: 'Aké naliehavé to je?',
    answerWithin: plural('sk', {
      one: 'Odpoveď sa očakáva do # hodiny',
      few: 'Odpoveď sa očakáva do # hodín',
      many: 'Odpoveď sa očakáva do # hodiny',
      other: 'Odpoveď sa očakáva do # hodín',
    }),
    responseDue: 'Odpoveď je potrebná do',
    responseDueHint: (defaultDue: string) =>
      `Nechajte prázdne, ak chcete použiť lehotu pre túto prioritu: ${defaultDue}. Zvoliť môžete len skorší termín.`,
  },
  review: {
    heading: 'Pred odoslaním skontrolujte svoje odpovede',
    change: 'Zmeniť',
    changeLabel: (section: string) => `Zmeniť: ${section}`,
    notProvided: 'Neuvedené',
    yes: 'Áno',
    no: 'Nie',
    defaultResponseDue: 'Predvolená lehota pre túto prioritu',
  },
  submit: { self: 'Odoslať žiadosť', professional: 'Odoslať odporúčanie' },
  submitting: 'Odosiela sa…',
  errorSummaryTitle: 'Vyskytol sa problém',
  failure: {
    network:
      'Odoslanie zlyhalo, pretože sa prerušilo pripojenie. Nič z toho, čo ste napísali, sa nestratilo. Skontrolujte pripojenie a skúste to znova.',
    server:
      'Na našej strane sa niečo pokazilo. Nič z toho, čo ste napísali, sa nestratilo. Skúste to znova: nič sa neodošle dvakrát.',
    rateLimited: 'Odtiaľto bolo odoslaných príliš veľa žiadostí. Počkajte minútu a skúste to znova.',
    notAuthorised: 'Tento formulár nemá povolenie odosielať žiadosti. Kontaktujte prevádzkovateľa tejto stránky.',
    rejected: 'Niektoré odpovede neboli prijaté. Skontrolujte ich a odošlite znova.',
    retry: 'Skúsiť odoslať znova',
  },
  success: {
    title: { self: 'Vaša žiadosť bola odoslaná', professional: 'Odporúčanie bolo odoslané' },
    reference: 'Referenčné číslo',
    nextContact:
      'Organizácia vás bude kontaktovať spôsobmi, ktoré ste zvolili, v čase, ktorý ste označili za bezpečný. Ak je to bezpečné, uschovajte si toto číslo.',
    nextNoContact: 'Nikto vás nebude kontaktovať. Keď to bude bezpečné, ozvite sa organizácii a uveďte toto číslo.',
    nextProfessional: (due: string) =>
      `Prijímajúca organizácia musí odpovedať do ${due}. Jej odpoveď sa zobrazí v odporúčaniach vašej organizácie.`,
    followUp: {
      title: 'Aby ste mohli žiadosť neskôr skontrolovať, zapíšte si tieto údaje',
      text: 'S referenčným číslom a týmto tajným kódom môžete na tejto stránke zistiť, čo sa deje s vašou žiadosťou, alebo odvolať svoj súhlas. Kód sa zobrazí iba tentoraz: nikto vám ho nemôže ukázať znova.',
      reference: 'Referenčné číslo',
      secret: 'Tajný kód',
      advice:
        'Zapíšte si ich na papier a uschovajte ho na bezpečnom mieste. Nerobte snímku obrazovky ani fotku, ak tento telefón alebo počítač môže používať alebo vidieť niekto iný.',
      hide: 'Mám to zapísané: skryť kód',
      hidden: 'Tajný kód je skrytý a v tomto zariadení sa neuchováva.',
    },
  },
  errors: {
    assistance: 'Vyberte aspoň jeden druh pomoci',
    victimTypes: 'Vyberte aspoň jednu možnosť toho, čo sa stalo',
    caseSummary: 'Napíšte niekoľko slov o tom, čo sa stalo',
    name: 'Zadajte meno',
    languages: 'Vyberte aspoň jeden jazyk',
    contact: 'Vyberte, či je kontakt bezpečný',
    channels: 'Vyberte aspoň jeden bezpečný spôsob kontaktu',
    phone: 'Zadajte telefónne číslo s predvoľbou krajiny, napríklad +351912345678',
    email: 'Zadajte e-mailovú adresu, napríklad meno@example.com',
    riskLevel: 'Vyberte úroveň rizika',
    purposes: 'Vyberte aspoň jeden účel',
    method: 'Vyberte, ako bol súhlas udelený',
    withdrawal: 'Potvrďte, že bolo vysvetlené, ako odvolať súhlas',
    explicit: 'Bez súhlasu nie je možné nič odoslať',
    priority: 'Vyberte, aké naliehavé to je',
    responseDue: 'Vyberte čas v budúcnosti, nie neskorší ako lehota pre túto prioritu',
    returnDate: 'Zadajte platný dátum',
    policeReported: 'Vyberte, či bol trestný čin oznámený polícii',
    proceedingsStage: 'Vyberte štádium trestného konania',
    tooLong: (maximum: number) => `Zadajte najviac ${maximum} znakov`,
    blank: 'Toto pole nemôže byť prázdne',
    invalid: 'Skontrolujte túto odpoveď',
  },
};
