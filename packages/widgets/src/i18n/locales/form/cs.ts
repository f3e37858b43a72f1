/** Czech strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formCs: typeof formEn = {
  title: { self: 'Požádat o podporu', professional: 'Předat případ' },
  intro: {
    self: 'Napište nám, jakou pomoc potřebujete. Vaše odpovědi uvidí jen organizace, která vám bude pomáhat.',
    professional: 'Předejte osobu přijímající organizaci. Sdílejte jen to, co je nezbytné.',
  },
  stepOf: (current: number, total: number) => `Krok ${current} z ${total}`,
  steps: {
    needs: 'Potřebná podpora',
    person: { self: 'O vás', professional: 'O dané osobě' },
    crossBorder: 'Přeshraniční situace',
    assessment: 'Individuální posouzení',
    consent: 'Souhlas',
    priority: 'Priorita a lhůta pro odpověď',
    review: 'Kontrola odpovědí',
  },
  continue: 'Pokračovat',
  back: 'Zpět',
  optional: '(nepovinné)',
  selectAll: 'Vyberte vše, co platí.',
  receiver: 'Příjemce',
  service: 'Služba',
  loadingService: 'Načítá se služba…',
  serviceLoadError: 'Službu se nepodařilo načíst. Zkontrolujte připojení a zkuste to znovu.',
  retry: 'Zkusit znovu',
  noService: 'Zatím není vybrána žádná služba. Nejprve vyberte službu.',
  needs: {
    assistance: { self: 'Jakou pomoc potřebujete?', professional: 'Jakou pomoc daná osoba potřebuje?' },
    victimTypes: { self: 'Co se vám stalo?', professional: 'Co daná osoba zažila?' },
    caseSummary: { self: 'Co se stalo, v několika slovech?', professional: 'Shrnutí případu' },
    caseSummaryHint: {
      self: 'Napište jen to, co chcete sdílet. Nemusíte uvádět podrobnosti.',
      professional: 'Co přijímající organizace potřebuje vědět, aby daná osoba nemusela svůj příběh vyprávět znovu.',
    },
    notes: { self: 'Je ještě něco, co bychom měli vědět?', professional: 'Další poznámky k potřebám' },
  },
  person: {
    name: { self: 'Jak vám máme říkat?', professional: 'Jméno nebo pseudonym' },
    nameHint: {
      self: 'Stačí křestní jméno nebo jakékoli jméno, které si zvolíte.',
      professional: 'Stačí křestní jméno nebo pseudonym.',
    },
    languages: { self: 'Jakými jazyky mluvíte?', professional: 'Jazyky, kterými daná osoba mluví' },
    languagesHint: 'Vyberte alespoň jeden.',
    ageGroup: { self: 'Vaše věková skupina', professional: 'Věková skupina' },
    ageGroups: {
      unspecified: 'Nechci uvádět',
      child: 'Do 18 let',
      adult: '18 až 64 let',
      'older-adult': '65 let a více',
    },
    contact: {
      self: 'Je bezpečné, aby vás organizace kontaktovala?',
      professional: 'Smí přijímající organizace danou osobu kontaktovat přímo?',
    },
    contactSafe: { self: 'Ano, je bezpečné mě kontaktovat', professional: 'Ano, bezpečnými způsoby uvedenými níže' },
    contactNone: { self: 'Ne, nekontaktujte mě', professional: 'Ne, veškerý kontakt půjde přes nás' },
    contactNoneHint: {
      self: 'Zvolte tuto možnost, pokud by váš telefon, zprávy nebo e-mail mohl vidět někdo jiný. Ozvat se můžete sami, až to bude bezpečné.',
      professional: 'Přijímající organizace bude kontaktovat vaši organizaci, nikdy danou osobu.',
    },
    channels: 'Bezpečné způsoby kontaktu',
    channelsHint: 'Vyberte všechny způsoby, které jsou bezpečné.',
    phone: 'Telefonní číslo',
    phoneHint: 'S předvolbou země, například +351 912 345 678',
    email: 'E-mailová adresa',
    app: 'Jaká aplikace pro zprávy?',
    safeTimes: { self: 'Kdy je bezpečné vás kontaktovat?', professional: 'Kdy je kontakt bezpečný?' },
    safeTimesHint: 'Například: ve všední dny mezi 10:00 a 12:00, nikdy večer.',
    mayLeaveMessage: {
      self: 'Organizace může zanechat vzkaz, ve kterém uvede, kdo je',
      professional: 'Lze zanechat vzkaz s názvem organizace',
    },
    doNotContactNotes: {
      self: 'Je něco, co by organizace měla vědět?',
      professional: 'Jak má místo toho kontakt probíhat',
    },
  },
  crossBorder: {
    intro:
      'Co musí přijímající organizace vědět o situaci mezi státy, aby se osoby nemusela ptát znovu. Všechny otázky jsou nepovinné.',
    crimeCountry: { self: 'Ve které zemi se to stalo?', professional: 'Země, kde byl trestný čin spáchán' },
    crimePlace: 'Město nebo místo, kde se to stalo',
    residenceCountry: 'Země, kde osoba žije',
    currentCountry: 'Země, kde je osoba nyní',
    returnDate: 'Datum, kdy osoba opouští zemi trestného činu',
    returnDateHint: 'Pokud se vrací domů nebo cestuje dál.',
    policeReported: 'Byl trestný čin oznámen policii?',
    policeCountry: 'Země, kde byl oznámen',
    policeReference: 'Číslo jednací policie',
    proceedingsStage: 'Jak daleko je trestní řízení?',
    proceedingsCountry: 'Země trestního řízení',
    interpreterNeeded: { self: 'Potřebujete tlumočníka?', professional: 'Potřebuje osoba tlumočníka?' },
    contactLanguage: 'Jazyk, ve kterém osobu kontaktovat',
    contactLanguageHint: 'Pokud se liší od jazyků, kterými mluví nejlépe.',
  },
  assessment: {
    riskLevel: 'Riziko další újmy',
    riskLevelHint: 'Vaše posouzení rizika, že daná osoba utrpí další újmu.',
    protectionNeeds: 'Potřeby ochrany',
    notes: 'Poznámky k posouzení',
  },
  consent: {
    intro: {
      self: 'Než se cokoli odešle, přečtěte si, co bude sdíleno, a vyberte, s čím souhlasíte.',
      professional: 'Zaznamenejte, s čím daná osoba výslovně souhlasila. Zeptejte se jí na každou položku.',
    },
    dataShared: 'Jaké informace se sdílejí',
    dataSharedHint: {
      self: 'Toto obsahují vaše odpovědi. Chcete-li sdílet méně, vraťte se zpět a upravte je.',
      professional: 'Toto obsahují odpovědi. Chcete-li sdílet méně, vraťte se zpět a upravte je.',
    },
    purposes: 'K čemu se použijí',
    purposesHint: 'Vyberte každý účel, se kterým byl vyjádřen souhlas.',
    sharedWith: 'S kým se sdílejí',
    sharedWithOrganisation: (organisation: string) =>
      `Pouze s organizací ${organisation}. S nikým dalším v síti se nesdílejí.`,
    sharedWithHost:
      'Pouze s organizací, která provozuje tento web. Ta může vaši žádost předat vybrané službě, a to jen pro účely, se kterými níže vyjádříte souhlas.',
    withdrawal: 'Jak odvolat souhlas',
    withdrawalText: {
      self: 'Svůj názor můžete kdykoli změnit. Sdělte organizaci, že svůj souhlas odvoláváte, a vaše osobní údaje budou vymazány.',
      professional:
        'Daná osoba může souhlas kdykoli odvolat tím, že to sdělí vaší nebo přijímající organizaci. Její osobní údaje se pak vymažou.',
    },
    withdrawalConfirm: {
      self: 'Rozumím, že svůj souhlas mohu kdykoli odvolat',
      professional: 'Dané osobě bylo vysvětleno, jak souhlas odvolat',
    },
    method: 'Jak byl souhlas udělen?',
    explicit: {
      self: 'Souhlasím se sdílením výše uvedených informací s touto organizací pro vybrané účely',
      professional:
        'Daná osoba výslovně souhlasila se sdílením výše uvedených informací s touto organizací pro vybrané účely',
    },
  },
  priority: {
    priority: 'Jak je to naléhavé?',
    answerWithin: plural('cs', {
      one: 'Odpověď se očekává do # hodiny',
      few: 'Odpověď se očekává do # hodin',
      many: 'Odpověď se očekává do # hodiny',
      other: 'Odpověď se očekává do # hodin',
    }),
    responseDue: 'Odpověď je potřeba do',
    responseDueHint: (defaultDue: string) =>
      `Ponechte prázdné, chcete-li použít lhůtu této priority: ${defaultDue}. Zvolit můžete jen dřívější čas.`,
  },
  review: {
    heading: 'Před odesláním zkontrolujte své odpovědi',
    change: 'Změnit',
    changeLabel: (section: string) => `Změnit: ${section}`,
    notProvided: 'Neuvedeno',
    yes: 'Ano',
    no: 'Ne',
    defaultResponseDue: 'Výchozí lhůta této priority',
  },
  submit: { self: 'Odeslat žádost', professional: 'Odeslat předání' },
  submitting: 'Odesílá se…',
  errorSummaryTitle: 'Vyskytl se problém',
  failure: {
    network:
      'Odeslání se nezdařilo, protože selhalo připojení. Nic z toho, co jste napsali, se neztratilo. Zkontrolujte připojení a zkuste to znovu.',
    server:
      'Na naší straně se něco pokazilo. Nic z toho, co jste napsali, se neztratilo. Zkuste to znovu: nic se neodešle dvakrát.',
    rateLimited: 'Odtud bylo odesláno příliš mnoho požadavků. Počkejte minutu a zkuste to znovu.',
    notAuthorised: 'Tento formulář nemá oprávnění odesílat žádosti. Obraťte se na provozovatele tohoto webu.',
    rejected: 'Některé odpovědi nebyly přijaty. Zkontrolujte je a odešlete znovu.',
    retry: 'Zkusit odeslat znovu',
  },
  success: {
    title: { self: 'Vaše žádost byla odeslána', professional: 'Předání odesláno' },
    reference: 'Referenční číslo',
    nextContact:
      'Organizace vás bude kontaktovat způsoby, které jste zvolili, v časech, které jste označili za bezpečné. Pokud je to bezpečné, uschovejte si toto referenční číslo.',
    nextNoContact:
      'Nikdo vás nebude kontaktovat. Až to bude bezpečné, ozvěte se organizaci a uveďte toto referenční číslo.',
    nextProfessional: (due: string) =>
      `Přijímající organizace musí odpovědět do ${due}. Její odpověď se zobrazí mezi předáními vaší organizace.`,
    followUp: {
      title: 'Abyste mohli žádost později zkontrolovat, zapište si tyto údaje',
      text: 'S referenčním číslem a tímto tajným kódem můžete na tomto webu zjistit, co se s vaší žádostí děje, nebo odvolat svůj souhlas. Kód se zobrazí jen tentokrát: nikdo vám ho nemůže ukázat znovu.',
      reference: 'Referenční číslo',
      secret: 'Tajný kód',
      advice:
        'Zapište si je na papír a uschovejte ho na bezpečném místě. Nedělejte snímek obrazovky ani fotku, pokud tento telefon nebo počítač může používat nebo vidět někdo jiný.',
      hide: 'Mám to zapsané: skrýt kód',
      hidden: 'Tajný kód je skrytý a v tomto zařízení se neuchovává.',
    },
  },
  errors: {
    assistance: 'Vyberte alespoň jeden druh pomoci',
    victimTypes: 'Vyberte alespoň jednu možnost toho, co se stalo',
    caseSummary: 'Napište několik slov o tom, co se stalo',
    name: 'Zadejte jméno',
    languages: 'Vyberte alespoň jeden jazyk',
    contact: 'Vyberte, zda je kontakt bezpečný',
    channels: 'Vyberte alespoň jeden bezpečný způsob kontaktu',
    phone: 'Zadejte telefonní číslo s předvolbou země, například +351912345678',
    email: 'Zadejte e-mailovou adresu, například name@example.com',
    riskLevel: 'Vyberte míru rizika',
    purposes: 'Vyberte alespoň jeden účel',
    method: 'Vyberte, jak byl souhlas udělen',
    withdrawal: 'Potvrďte, že bylo vysvětleno, jak souhlas odvolat',
    explicit: 'Bez souhlasu nelze nic odeslat',
    priority: 'Vyberte, jak je to naléhavé',
    responseDue: 'Zvolte čas v budoucnosti, nejpozději lhůtu této priority',
    returnDate: 'Zadejte platné datum',
    policeReported: 'Vyberte, zda byl trestný čin oznámen policii',
    proceedingsStage: 'Vyberte, jak daleko je trestní řízení',
    tooLong: (maximum: number) => `Zadejte nejvýše ${maximum} znaků`,
    blank: 'Toto pole nesmí být prázdné',
    invalid: 'Zkontrolujte tuto odpověď',
  },
};
