/** Hungarian strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formHu: typeof formEn = {
  title: { self: 'Támogatás kérése', professional: 'Eset továbbirányítása' },
  intro: {
    self: 'Írja meg, milyen segítségre van szüksége. A válaszait csak az a szervezet látja, amely segíteni fog Önnek.',
    professional: 'Irányítsa tovább a személyt a fogadó szervezethez. Csak a szükséges információkat ossza meg.',
  },
  stepOf: (current: number, total: number) => `${current}. lépés / ${total}`,
  steps: {
    needs: 'Szükséges támogatás',
    person: { self: 'Önről', professional: 'A személyről' },
    crossBorder: 'Határokon átnyúló helyzet',
    assessment: 'Egyéni értékelés',
    consent: 'Hozzájárulás',
    priority: 'Sürgősség és válaszhatáridő',
    review: 'Válaszok ellenőrzése',
  },
  continue: 'Tovább',
  back: 'Vissza',
  optional: '(nem kötelező)',
  selectAll: 'Jelöljön be mindent, ami érvényes.',
  receiver: 'Címzett',
  service: 'Szolgáltatás',
  loadingService: 'A szolgáltatás betöltése…',
  serviceLoadError: 'A szolgáltatást nem sikerült betölteni. Ellenőrizze a kapcsolatot, majd próbálja újra.',
  retry: 'Újrapróbálás',
  noService: 'Még nincs kiválasztott szolgáltatás. Először válasszon szolgáltatást.',
  needs: {
    assistance: {
      self: 'Milyen segítségre van szüksége?',
      professional: 'Milyen segítségre van szüksége a személynek?',
    },
    victimTypes: { self: 'Mi történt Önnel?', professional: 'Mit élt át a személy?' },
    caseSummary: { self: 'Néhány szóban: mi történt?', professional: 'Az eset összefoglalása' },
    caseSummaryHint: {
      self: 'Csak annyit írjon, amennyit szívesen megoszt. Részleteket nem kell megadnia.',
      professional:
        'Amit a fogadó szervezetnek tudnia kell ahhoz, hogy a személynek ne kelljen újra elmondania a történetét.',
    },
    notes: { self: 'Van még valami, amit tudnunk kellene?', professional: 'Egyéb megjegyzések a szükségletekről' },
  },
  person: {
    name: { self: 'Hogyan szólíthatjuk?', professional: 'Név vagy álnév' },
    nameHint: {
      self: 'Elég egy keresztnév vagy bármilyen név, amelyet Ön választ.',
      professional: 'Elég egy keresztnév vagy álnév.',
    },
    languages: { self: 'Milyen nyelveken beszél?', professional: 'A személy által beszélt nyelvek' },
    languagesHint: 'Válasszon legalább egyet.',
    ageGroup: { self: 'Az Ön korcsoportja', professional: 'Korcsoport' },
    ageGroups: {
      unspecified: 'Nem kívánom megadni',
      child: '18 év alatt',
      adult: '18–64 év',
      'older-adult': '65 év vagy több',
    },
    contact: {
      self: 'Biztonságos, ha a szervezet felveszi Önnel a kapcsolatot?',
      professional: 'Felveheti-e a fogadó szervezet közvetlenül a kapcsolatot a személlyel?',
    },
    contactSafe: {
      self: 'Igen, biztonságos kapcsolatba lépni velem',
      professional: 'Igen, az alábbi biztonságos módokon',
    },
    contactNone: { self: 'Nem, ne keressenek', professional: 'Nem, minden kapcsolat rajtunk keresztül zajlik' },
    contactNoneHint: {
      self: 'Ezt válassza, ha más is láthatja a telefonját, az üzeneteit vagy az e-mailjeit. Ön jelentkezhet, amikor biztonságos.',
      professional: 'A fogadó szervezet az Ön szervezetével veszi fel a kapcsolatot, soha nem a személlyel.',
    },
    channels: 'Biztonságos kapcsolattartási módok',
    channelsHint: 'Jelöljön be minden biztonságos módot.',
    phone: 'Telefonszám',
    phoneHint: 'Országhívószámmal, például +351 912 345 678',
    email: 'E-mail-cím',
    app: 'Melyik üzenetküldő alkalmazás?',
    safeTimes: {
      self: 'Mikor biztonságos felvenni Önnel a kapcsolatot?',
      professional: 'Mikor biztonságos a kapcsolatfelvétel?',
    },
    safeTimesHint: 'Például: hétköznap 10:00 és 12:00 között, este soha.',
    mayLeaveMessage: {
      self: 'A szervezet hagyhat üzenetet, amelyben megmondja, kicsoda',
      professional: 'Hagyható üzenet a szervezet nevével',
    },
    doNotContactNotes: {
      self: 'Van valami, amit a szervezetnek tudnia kell?',
      professional: 'Hogyan történjen helyette a kapcsolatfelvétel',
    },
  },
  crossBorder: {
    intro:
      'Amit a fogadó szervezetnek tudnia kell az országok közötti helyzetről, hogy ne kelljen újra megkérdeznie a személyt. Minden kérdés nem kötelező.',
    crimeCountry: { self: 'Melyik országban történt?', professional: 'Az ország, ahol a bűncselekmény történt' },
    crimePlace: 'Város vagy hely, ahol történt',
    residenceCountry: 'Az ország, ahol a személy él',
    currentCountry: 'Az ország, ahol a személy most van',
    returnDate: 'Az a nap, amikor a személy elhagyja a bűncselekmény országát',
    returnDateHint: 'Ha hazautazik vagy továbbutazik.',
    policeReported: 'Feljelentették a bűncselekményt a rendőrségen?',
    policeCountry: 'Az ország, ahol feljelentették',
    policeReference: 'Rendőrségi ügyszám',
    proceedingsStage: 'Hol tart a büntetőeljárás?',
    proceedingsCountry: 'A büntetőeljárás országa',
    interpreterNeeded: { self: 'Szüksége van tolmácsra?', professional: 'Szüksége van a személynek tolmácsra?' },
    contactLanguage: 'A nyelv, amelyen a személlyel kapcsolatba kell lépni',
    contactLanguageHint: 'Ha eltér azoktól a nyelvektől, amelyeken a legjobban beszél.',
  },
  assessment: {
    riskLevel: 'További sérelem kockázata',
    riskLevelHint: 'Az Ön értékelése arról, mekkora a kockázata, hogy a személyt újabb sérelem éri.',
    protectionNeeds: 'Védelmi szükségletek',
    notes: 'Megjegyzések az értékeléshez',
  },
  consent: {
    intro: {
      self: 'Mielőtt bármit elküldenénk, olvassa el, mit osztunk meg, és válassza ki, mihez járul hozzá.',
      professional: 'Rögzítse, mihez járult hozzá kifejezetten a személy. Minden pontról kérdezze meg.',
    },
    dataShared: 'Milyen információkat osztunk meg',
    dataSharedHint: {
      self: 'Ezeket tartalmazzák a válaszai. Ha kevesebbet szeretne megosztani, lépjen vissza, és módosítsa őket.',
      professional: 'Ezeket tartalmazzák a válaszok. Ha kevesebbet kell megosztani, lépjen vissza, és módosítsa őket.',
    },
    purposes: 'Mire használják',
    purposesHint: 'Jelöljön be minden célt, amelyhez hozzájárultak.',
    sharedWith: 'Kivel osztjuk meg',
    sharedWithOrganisation: (organisation: string) =>
      `Csak ezzel a szervezettel: ${organisation}. A hálózatban senki mással nem osztjuk meg.`,
    sharedWithHost:
      'Csak a weboldalt üzemeltető szervezettel. Ez a szervezet a kérését kizárólag az alább elfogadott célokra továbbíthatja az Ön által választott szolgáltatásnak.',
    withdrawal: 'Hogyan vonható vissza a hozzájárulás',
    withdrawalText: {
      self: 'Bármikor meggondolhatja magát. Jelezze a szervezetnek, hogy visszavonja a hozzájárulását, és személyes adatait törlik.',
      professional:
        'A személy bármikor visszavonhatja a hozzájárulását, ha ezt jelzi az Ön szervezetének vagy a fogadó szervezetnek. Ekkor személyes adatait törlik.',
    },
    withdrawalConfirm: {
      self: 'Tudomásul veszem, hogy hozzájárulásomat bármikor visszavonhatom',
      professional: 'Elmagyaráztam a személynek, hogyan vonhatja vissza a hozzájárulását',
    },
    method: 'Hogyan adták meg a hozzájárulást?',
    explicit: {
      self: 'Hozzájárulok, hogy a fenti információkat az általam kiválasztott célokra megosszák ezzel a szervezettel',
      professional:
        'A személy kifejezetten hozzájárult, hogy a fenti információkat a kiválasztott célokra megosszák ezzel a szervezettel',
    },
  },
  priority: {
    priority: 'Mennyire sürgős?',
    answerWithin: plural('hu', { other: 'Válasz várható # órán belül' }),
    responseDue: 'Válaszhatáridő',
    responseDueHint: (defaultDue: string) =>
      `Hagyja üresen, ha az ehhez a sürgősséghez tartozó határidő megfelelő: ${defaultDue}. Csak korábbi időpontot választhat.`,
  },
  review: {
    heading: 'Küldés előtt ellenőrizze a válaszait',
    change: 'Módosítás',
    changeLabel: (section: string) => `Módosítás: ${section}`,
    notProvided: 'Nincs megadva',
    yes: 'Igen',
    no: 'Nem',
    defaultResponseDue: 'Alapértelmezett határidő',
  },
  submit: { self: 'Kérésem elküldése', professional: 'Továbbirányítás elküldése' },
  submitting: 'Küldés…',
  errorSummaryTitle: 'Probléma történt',
  failure: {
    network:
      'Az elküldés nem sikerült, mert megszakadt a kapcsolat. Semmi sem veszett el abból, amit beírt. Ellenőrizze a kapcsolatot, majd próbálja újra.',
    server: 'Hiba történt nálunk. Semmi sem veszett el abból, amit beírt. Próbálja újra: nem lesz kétszer elküldve.',
    rateLimited: 'Innen túl sok kérés érkezett. Várjon egy percet, majd próbálja újra.',
    notAuthorised: 'Ez az űrlap nem küldhet kéréseket. Forduljon a weboldal üzemeltetőjéhez.',
    rejected: 'Néhány választ nem lehetett elfogadni. Ellenőrizze őket, majd küldje el újra.',
    retry: 'Küldés újra',
  },
  success: {
    title: { self: 'Kérését elküldtük', professional: 'Továbbirányítás elküldve' },
    reference: 'Hivatkozási szám',
    nextContact:
      'A szervezet az Ön által választott módokon, a biztonságosnak jelölt időpontokban veszi fel Önnel a kapcsolatot. Ha biztonságos, őrizze meg ezt a hivatkozási számot.',
    nextNoContact:
      'Senki sem fogja keresni Önt. Amikor biztonságos, vegye fel a kapcsolatot a szervezettel, és adja meg ezt a hivatkozási számot.',
    nextProfessional: (due: string) =>
      `A fogadó szervezetnek eddig kell válaszolnia: ${due}. A válasz az Ön szervezetének továbbirányításai között jelenik meg.`,
    followUp: {
      title: 'Hogy később ellenőrizhesse kérését, írja le ezeket',
      text: 'A hivatkozási számmal és ezzel a titkos kóddal ezen a weboldalon megnézheti, mi történik a kérésével, vagy visszavonhatja a hozzájárulását. A kód csak most jelenik meg: senki sem tudja újra megmutatni Önnek.',
      reference: 'Hivatkozási szám',
      secret: 'Titkos kód',
      advice:
        'Írja fel őket papírra, és tartsa biztonságos helyen. Ne készítsen képernyőképet vagy fotót, ha valaki más is használhatja vagy láthatja ezt a telefont vagy számítógépet.',
      hide: 'Leírtam: kód elrejtése',
      hidden: 'A titkos kód el van rejtve, és nem tárolódik ezen az eszközön.',
    },
  },
  errors: {
    assistance: 'Válasszon legalább egy segítségfajtát',
    victimTypes: 'Válasszon legalább egyet abból, ami történt',
    caseSummary: 'Írjon néhány szót arról, mi történt',
    name: 'Adjon meg egy nevet',
    languages: 'Válasszon legalább egy nyelvet',
    contact: 'Válassza ki, hogy biztonságos-e a kapcsolatfelvétel',
    channels: 'Válasszon legalább egy biztonságos kapcsolattartási módot',
    phone: 'Adjon meg egy telefonszámot országhívószámmal, például +351912345678',
    email: 'Adjon meg egy e-mail-címet, például name@example.com',
    riskLevel: 'Válassza ki a kockázati szintet',
    purposes: 'Válasszon legalább egy célt',
    method: 'Válassza ki, hogyan adták meg a hozzájárulást',
    withdrawal: 'Erősítse meg, hogy elmagyarázták a hozzájárulás visszavonását',
    explicit: 'Hozzájárulás nélkül semmi sem küldhető el',
    priority: 'Válassza ki, mennyire sürgős',
    responseDue: 'Jövőbeli időpontot válasszon, legkésőbb a sürgősséghez tartozó határidőt',
    returnDate: 'Adjon meg egy érvényes dátumot',
    policeReported: 'Válassza ki, hogy feljelentették-e a bűncselekményt',
    proceedingsStage: 'Válassza ki, hol tart a büntetőeljárás',
    tooLong: (maximum: number) => `Legfeljebb ${maximum} karaktert adjon meg`,
    blank: 'Ez a mező nem lehet üres',
    invalid: 'Ellenőrizze ezt a választ',
  },
};
