/** Finnish strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formFi: typeof formEn = {
  title: { self: 'Pyydä tukea', professional: 'Ohjaa asiakas' },
  intro: {
    self: 'Kerro meille, millaista apua tarvitset. Vastauksesi näkee vain organisaatio, joka tukee sinua.',
    professional: 'Ohjaa henkilö vastaanottavalle organisaatiolle. Jaa vain tarpeelliset tiedot.',
  },
  stepOf: (current: number, total: number) => `Vaihe ${current}/${total}`,
  steps: {
    needs: 'Tuen tarve',
    person: { self: 'Tietoja sinusta', professional: 'Tietoja henkilöstä' },
    crossBorder: 'Rajat ylittävä tilanne',
    assessment: 'Yksilöllinen arviointi',
    consent: 'Suostumus',
    priority: 'Kiireellisyys ja vastausaika',
    review: 'Tarkista vastauksesi',
  },
  continue: 'Jatka',
  back: 'Takaisin',
  optional: '(valinnainen)',
  selectAll: 'Valitse kaikki sopivat.',
  receiver: 'Vastaanottaja',
  service: 'Palvelu',
  loadingService: 'Ladataan palvelua…',
  serviceLoadError: 'Palvelua ei voitu ladata. Tarkista yhteytesi ja yritä uudelleen.',
  retry: 'Yritä uudelleen',
  noService: 'Palvelua ei ole vielä valittu. Valitse ensin palvelu.',
  needs: {
    assistance: { self: 'Millaista apua tarvitset?', professional: 'Millaista apua henkilö tarvitsee?' },
    victimTypes: { self: 'Mitä sinulle tapahtui?', professional: 'Mitä henkilö on kokenut?' },
    caseSummary: { self: 'Mitä tapahtui, muutamalla sanalla?', professional: 'Tapauksen yhteenveto' },
    caseSummaryHint: {
      self: 'Kirjoita vain sen verran kuin haluat kertoa. Yksityiskohtia ei tarvita.',
      professional:
        'Mitä vastaanottavan organisaation tarvitsee tietää, jotta henkilön ei tarvitse kertoa tarinaansa uudelleen.',
    },
    notes: { self: 'Onko jotain muuta, mitä meidän olisi hyvä tietää?', professional: 'Muita huomioita tarpeista' },
  },
  person: {
    name: { self: 'Millä nimellä voimme kutsua sinua?', professional: 'Nimi tai peitenimi' },
    nameHint: {
      self: 'Etunimi tai mikä tahansa itse valitsemasi nimi riittää.',
      professional: 'Etunimi tai peitenimi riittää.',
    },
    languages: { self: 'Mitä kieliä puhut?', professional: 'Kielet, joita henkilö puhuu' },
    languagesHint: 'Valitse vähintään yksi.',
    ageGroup: { self: 'Ikäryhmäsi', professional: 'Ikäryhmä' },
    ageGroups: {
      unspecified: 'En halua kertoa',
      child: 'Alle 18',
      adult: '18–64',
      'older-adult': '65 tai yli',
    },
    contact: {
      self: 'Onko organisaation turvallista ottaa sinuun yhteyttä?',
      professional: 'Saako vastaanottava organisaatio ottaa yhteyttä suoraan henkilöön?',
    },
    contactSafe: {
      self: 'Kyllä, minuun on turvallista ottaa yhteyttä',
      professional: 'Kyllä, alla valituilla turvallisilla tavoilla',
    },
    contactNone: {
      self: 'Ei, älkää ottako minuun yhteyttä',
      professional: 'Ei, kaikki yhteydenpito kulkee kauttamme',
    },
    contactNoneHint: {
      self: 'Valitse tämä, jos joku muu voi nähdä puhelimesi, viestisi tai sähköpostisi. Voit itse ottaa yhteyttä, kun se on turvallista.',
      professional: 'Vastaanottava organisaatio ottaa yhteyttä sinun organisaatioosi, ei koskaan henkilöön.',
    },
    channels: 'Turvalliset yhteydenottotavat',
    channelsHint: 'Valitse kaikki tavat, jotka ovat turvallisia.',
    phone: 'Puhelinnumero',
    phoneHint: 'Maatunnuksen kanssa, esimerkiksi +351 912 345 678',
    email: 'Sähköpostiosoite',
    app: 'Mikä viestisovellus?',
    safeTimes: {
      self: 'Milloin sinuun on turvallista ottaa yhteyttä?',
      professional: 'Milloin yhteydenotto on turvallista?',
    },
    safeTimesHint: 'Esimerkiksi: arkisin klo 10.00–12.00, ei koskaan iltaisin.',
    mayLeaveMessage: {
      self: 'Organisaatio saa jättää viestin, jossa se kertoo, kuka se on',
      professional: 'Saa jättää viestin, jossa on organisaation nimi',
    },
    doNotContactNotes: {
      self: 'Onko jotain, mitä organisaation olisi hyvä tietää?',
      professional: 'Miten yhteydenpito järjestetään sen sijaan',
    },
  },
  crossBorder: {
    intro:
      'Mitä vastaanottavan järjestön on tiedettävä maiden välisestä tilanteesta, jotta henkilöltä ei tarvitse kysyä uudelleen. Kaikki kysymykset ovat vapaaehtoisia.',
    crimeCountry: { self: 'Missä maassa se tapahtui?', professional: 'Maa, jossa rikos tapahtui' },
    crimePlace: 'Kaupunki tai paikka, jossa se tapahtui',
    residenceCountry: 'Maa, jossa henkilö asuu',
    currentCountry: 'Maa, jossa henkilö on nyt',
    returnDate: 'Päivä, jolloin henkilö lähtee maasta, jossa rikos tapahtui',
    returnDateHint: 'Jos hän palaa kotiin tai jatkaa matkaa.',
    policeReported: 'Onko rikoksesta ilmoitettu poliisille?',
    policeCountry: 'Maa, jossa siitä ilmoitettiin',
    policeReference: 'Poliisin diaarinumero',
    proceedingsStage: 'Missä vaiheessa rikosprosessi on?',
    proceedingsCountry: 'Rikosprosessin maa',
    interpreterNeeded: { self: 'Tarvitsetko tulkin?', professional: 'Tarvitseeko henkilö tulkin?' },
    contactLanguage: 'Kieli, jolla henkilöön otetaan yhteyttä',
    contactLanguageHint: 'Jos se on eri kuin kielet, joita hän puhuu parhaiten.',
  },
  assessment: {
    riskLevel: 'Uuden vahingon riski',
    riskLevelHint: 'Arviosi riskistä, että henkilöön kohdistuu uutta vahinkoa.',
    protectionNeeds: 'Suojelutarpeet',
    notes: 'Huomioita arvioinnista',
  },
  consent: {
    intro: {
      self: 'Ennen kuin mitään lähetetään, lue, mitä tietoja jaetaan, ja valitse, mihin annat suostumuksesi.',
      professional:
        'Kirjaa, mihin tietojen jakamiseen henkilö on nimenomaisesti suostunut. Kysy häneltä jokaisesta kohdasta.',
    },
    dataShared: 'Mitä tietoja jaetaan',
    dataSharedHint: {
      self: 'Nämä tiedot sisältyvät vastauksiisi. Jos haluat jakaa vähemmän, palaa takaisin ja muuta niitä.',
      professional: 'Nämä tiedot sisältyvät vastauksiin. Jos haluat jakaa vähemmän, palaa takaisin ja muuta niitä.',
    },
    purposes: 'Mihin tietoja käytetään',
    purposesHint: 'Valitse jokainen tarkoitus, johon on annettu suostumus.',
    sharedWith: 'Kenelle tiedot jaetaan',
    sharedWithOrganisation: (organisation: string) =>
      `Vain organisaatiolle ${organisation}. Tietoja ei jaeta kenellekään muulle verkostossa.`,
    sharedWithHost:
      'Vain tätä verkkosivustoa ylläpitävälle organisaatiolle. Se voi välittää pyyntösi valitsemallesi palvelulle vain niihin tarkoituksiin, joihin annat suostumuksesi alla.',
    withdrawal: 'Miten suostumuksen voi perua',
    withdrawalText: {
      self: 'Voit muuttaa mielesi milloin tahansa. Kerro organisaatiolle, että perut suostumuksesi, niin henkilötietosi poistetaan.',
      professional:
        'Henkilö voi perua suostumuksensa milloin tahansa kertomalla siitä sinun organisaatiollesi tai vastaanottavalle organisaatiolle. Hänen henkilötietonsa poistetaan silloin.',
    },
    withdrawalConfirm: {
      self: 'Ymmärrän, että voin perua suostumukseni milloin tahansa',
      professional: 'Kerroin henkilölle, miten suostumuksen voi perua',
    },
    method: 'Miten suostumus annettiin?',
    explicit: {
      self: 'Suostun siihen, että yllä luetellut tiedot jaetaan tälle organisaatiolle valitsemiini tarkoituksiin',
      professional:
        'Henkilö suostui nimenomaisesti siihen, että yllä luetellut tiedot jaetaan tälle organisaatiolle valittuihin tarkoituksiin',
    },
  },
  priority: {
    priority: 'Kuinka kiireellinen asia on?',
    answerWithin: plural('fi', { other: 'Vastausta odotetaan # tunnin kuluessa' }),
    responseDue: 'Vastaus tarvitaan viimeistään',
    responseDueHint: (defaultDue: string) =>
      `Jätä tyhjäksi, niin käytetään tämän kiireellisyyden määräaikaa: ${defaultDue}. Voit valita vain aiemman ajan.`,
  },
  review: {
    heading: 'Tarkista vastauksesi ennen lähettämistä',
    change: 'Muuta',
    changeLabel: (section: string) => `Muuta: ${section}`,
    notProvided: 'Ei annettu',
    yes: 'Kyllä',
    no: 'Ei',
    defaultResponseDue: 'Tämän kiireellisyyden oletusaika',
  },
  submit: { self: 'Lähetä pyyntöni', professional: 'Lähetä ohjaus' },
  submitting: 'Lähetetään…',
  errorSummaryTitle: 'Lomakkeessa on ongelma',
  failure: {
    network:
      'Lähettäminen epäonnistui, koska yhteys katkesi. Mitään kirjoittamaasi ei ole menetetty. Tarkista yhteytesi ja yritä uudelleen.',
    server:
      'Meillä tapahtui virhe. Mitään kirjoittamaasi ei ole menetetty. Yritä uudelleen: tietoja ei lähetetä kahteen kertaan.',
    rateLimited: 'Täältä on lähetetty liian monta pyyntöä. Odota minuutti ja yritä uudelleen.',
    notAuthorised: 'Tällä lomakkeella ei ole lupaa lähettää pyyntöjä. Ota yhteyttä tämän verkkosivuston ylläpitäjään.',
    rejected: 'Joitakin vastauksia ei hyväksytty. Tarkista ne ja lähetä uudelleen.',
    retry: 'Yritä lähettää uudelleen',
  },
  success: {
    title: { self: 'Pyyntösi on lähetetty', professional: 'Ohjaus lähetetty' },
    reference: 'Viitenumero',
    nextContact:
      'Organisaatio ottaa sinuun yhteyttä valitsemillasi tavoilla ja aikoina, jotka kerroit turvallisiksi. Jos se on turvallista, säilytä tämä viitenumero.',
    nextNoContact:
      'Kukaan ei ota sinuun yhteyttä. Kun se on turvallista, ota yhteyttä organisaatioon ja kerro tämä viitenumero.',
    nextProfessional: (due: string) =>
      `Vastaanottavan organisaation on vastattava viimeistään ${due}. Vastaus näkyy organisaatiosi ohjauksissa.`,
    followUp: {
      title: 'Kirjoita nämä muistiin, jotta voit tarkistaa pyyntösi myöhemmin',
      text: 'Viitenumerolla ja tällä salaisella koodilla näet tällä sivustolla, mitä pyynnöllesi tapahtuu, tai voit perua suostumuksesi. Koodi näytetään vain tämän kerran: kukaan ei voi näyttää sitä sinulle uudelleen.',
      reference: 'Viitenumero',
      secret: 'Salainen koodi',
      advice:
        'Kirjoita ne paperille ja säilytä se turvallisessa paikassa. Älä ota kuvakaappausta tai valokuvaa, jos joku muu voi käyttää tai nähdä tämän puhelimen tai tietokoneen.',
      hide: 'Kirjoitin sen muistiin: piilota koodi',
      hidden: 'Salainen koodi on piilotettu, eikä sitä säilytetä tällä laitteella.',
    },
  },
  errors: {
    assistance: 'Valitse vähintään yksi avun muoto',
    victimTypes: 'Valitse vähintään yksi vaihtoehto siitä, mitä tapahtui',
    caseSummary: 'Kirjoita muutama sana siitä, mitä tapahtui',
    name: 'Kirjoita nimi',
    languages: 'Valitse vähintään yksi kieli',
    contact: 'Valitse, onko yhteydenotto turvallista',
    channels: 'Valitse vähintään yksi turvallinen yhteydenottotapa',
    phone: 'Kirjoita puhelinnumero maatunnuksen kanssa, esimerkiksi +351912345678',
    email: 'Kirjoita sähköpostiosoite, esimerkiksi name@example.com',
    riskLevel: 'Valitse riskitaso',
    purposes: 'Valitse vähintään yksi tarkoitus',
    method: 'Valitse, miten suostumus annettiin',
    withdrawal: 'Vahvista, että suostumuksen peruminen on selitetty',
    explicit: 'Mitään ei voi lähettää ilman suostumusta',
    priority: 'Valitse, kuinka kiireellinen asia on',
    responseDue: 'Valitse tuleva ajankohta, viimeistään tämän kiireellisyyden määräaika',
    returnDate: 'Anna oikea päivämäärä',
    policeReported: 'Valitse, onko rikoksesta ilmoitettu poliisille',
    proceedingsStage: 'Valitse, missä vaiheessa rikosprosessi on',
    tooLong: (maximum: number) => `Kirjoita enintään ${maximum} merkkiä`,
    blank: 'Tämä kenttä ei voi olla tyhjä',
    invalid: 'Tarkista tämä vastaus',
  },
};
