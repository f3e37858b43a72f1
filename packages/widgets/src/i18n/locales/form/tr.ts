/** Turkish strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formTr: typeof formEn = {
  title: { self: 'Destek isteyin', professional: 'Vaka yönlendirin' },
  intro: {
    self: 'Nasıl bir yardıma ihtiyacınız olduğunu bize anlatın. Yanıtlarınızı yalnızca size destek olacak kuruluş görür.',
    professional: 'Kişiyi alıcı kuruluşa yönlendirin. Yalnızca gerekli olan bilgileri paylaşın.',
  },
  stepOf: (current: number, total: number) => `Adım ${current} / ${total}`,
  steps: {
    needs: 'İhtiyaç duyulan destek',
    person: { self: 'Sizin hakkınızda', professional: 'Kişi hakkında' },
    crossBorder: 'Sınır ötesi durum',
    assessment: 'Bireysel değerlendirme',
    consent: 'Onay',
    priority: 'Öncelik ve yanıt süresi',
    review: 'Yanıtlarınızı kontrol edin',
  },
  continue: 'Devam',
  back: 'Geri',
  optional: '(isteğe bağlı)',
  selectAll: 'Uygun olanların hepsini seçin.',
  receiver: 'Alıcı',
  service: 'Hizmet',
  loadingService: 'Hizmet yükleniyor…',
  serviceLoadError: 'Hizmet yüklenemedi. İnternet bağlantınızı kontrol edip yeniden deneyin.',
  retry: 'Yeniden dene',
  noService: 'Henüz bir hizmet seçilmedi. Önce bir hizmet seçin.',
  needs: {
    assistance: {
      self: 'Nasıl bir yardıma ihtiyacınız var?',
      professional: 'Kişinin nasıl bir yardıma ihtiyacı var?',
    },
    victimTypes: { self: 'Başınıza ne geldi?', professional: 'Kişi neler yaşadı?' },
    caseSummary: { self: 'Birkaç kelimeyle, ne oldu?', professional: 'Vaka özeti' },
    caseSummaryHint: {
      self: 'Yalnızca paylaşmak istediklerinizi yazın. Ayrıntı vermeniz gerekmez.',
      professional: 'Kişinin yaşadıklarını yeniden anlatmak zorunda kalmaması için alıcı kuruluşun bilmesi gerekenler.',
    },
    notes: { self: 'Bilmemiz gereken başka bir şey var mı?', professional: 'İhtiyaçlarla ilgili diğer notlar' },
  },
  person: {
    name: { self: 'Size nasıl hitap edelim?', professional: 'Ad veya takma ad' },
    nameHint: {
      self: 'Bir ilk ad ya da seçtiğiniz herhangi bir ad yeterlidir.',
      professional: 'Bir ilk ad ya da takma ad yeterlidir.',
    },
    languages: { self: 'Hangi dilleri konuşuyorsunuz?', professional: 'Kişinin konuştuğu diller' },
    languagesHint: 'En az birini seçin.',
    ageGroup: { self: 'Yaş grubunuz', professional: 'Yaş grubu' },
    ageGroups: {
      unspecified: 'Belirtmek istemiyorum',
      child: '18 yaşından küçük',
      adult: '18–64 yaş',
      'older-adult': '65 yaş ve üzeri',
    },
    contact: {
      self: 'Kuruluşun sizinle iletişime geçmesi güvenli mi?',
      professional: 'Alıcı kuruluş kişiyle doğrudan iletişime geçebilir mi?',
    },
    contactSafe: {
      self: 'Evet, benimle iletişime geçmek güvenli',
      professional: 'Evet, aşağıdaki güvenli yollarla',
    },
    contactNone: {
      self: 'Hayır, benimle iletişime geçmeyin',
      professional: 'Hayır, tüm iletişim bizim üzerimizden yürür',
    },
    contactNoneHint: {
      self: 'Telefonunuzu, mesajlarınızı veya e-postanızı başka biri görebiliyorsa bunu seçin. Güvenli olduğunda siz iletişime geçebilirsiniz.',
      professional: 'Alıcı kuruluş kişiyle değil, her zaman sizin kuruluşunuzla iletişime geçer.',
    },
    channels: 'Güvenli iletişim yolları',
    channelsHint: 'Güvenli olan tüm yolları seçin.',
    phone: 'Telefon numarası',
    phoneHint: 'Ülke koduyla, örneğin +351 912 345 678',
    email: 'E-posta adresi',
    app: 'Hangi mesajlaşma uygulaması?',
    safeTimes: {
      self: 'Sizinle ne zaman iletişime geçmek güvenli?',
      professional: 'Ne zaman iletişime geçmek güvenli?',
    },
    safeTimesHint: 'Örneğin: hafta içi 10:00 ile 12:00 arası, akşamları asla.',
    mayLeaveMessage: {
      self: 'Kuruluş, kim olduğunu belirten bir mesaj bırakabilir',
      professional: 'Kuruluşun adının geçtiği bir mesaj bırakılabilir',
    },
    doNotContactNotes: {
      self: 'Kuruluşun bilmesi gereken bir şey var mı?',
      professional: 'Bunun yerine iletişim nasıl kurulmalı',
    },
  },
  crossBorder: {
    intro:
      'Kişiye yeniden sorulmaması için alıcı kuruluşun ülkeler arasındaki durum hakkında bilmesi gerekenler. Tüm sorular isteğe bağlıdır.',
    crimeCountry: { self: 'Bu hangi ülkede oldu?', professional: 'Suçun işlendiği ülke' },
    crimePlace: 'Olayın olduğu şehir veya yer',
    residenceCountry: 'Kişinin yaşadığı ülke',
    currentCountry: 'Kişinin şu an bulunduğu ülke',
    returnDate: 'Kişinin suçun işlendiği ülkeden ayrılacağı tarih',
    returnDateHint: 'Eve dönüyor veya yoluna devam ediyorsa.',
    policeReported: 'Suç polise bildirildi mi?',
    policeCountry: 'Bildirildiği ülke',
    policeReference: 'Polis dosya numarası',
    proceedingsStage: 'Ceza yargılaması hangi aşamada?',
    proceedingsCountry: 'Ceza yargılamasının ülkesi',
    interpreterNeeded: { self: 'Tercümana ihtiyacınız var mı?', professional: 'Kişinin tercümana ihtiyacı var mı?' },
    contactLanguage: 'Kişiyle iletişim kurulacak dil',
    contactLanguageHint: 'En iyi konuştuğu dillerden farklıysa.',
  },
  assessment: {
    riskLevel: 'Yeniden zarar görme riski',
    riskLevelHint: 'Kişinin yeniden zarar görme riskine ilişkin değerlendirmeniz.',
    protectionNeeds: 'Koruma ihtiyaçları',
    notes: 'Değerlendirme notları',
  },
  consent: {
    intro: {
      self: 'Herhangi bir şey gönderilmeden önce neyin paylaşılacağını okuyun ve neye onay verdiğinizi seçin.',
      professional: 'Kişinin paylaşılmasına açıkça onay verdiği bilgileri kaydedin. Her birini kendisine sorun.',
    },
    dataShared: 'Hangi bilgiler paylaşılıyor',
    dataSharedHint: {
      self: 'Yanıtlarınız bunları içeriyor. Daha azını paylaşmak için geri dönüp yanıtlarınızı değiştirin.',
      professional: 'Yanıtlar bunları içeriyor. Daha azını paylaşmak için geri dönüp yanıtları değiştirin.',
    },
    purposes: 'Ne için kullanılıyor',
    purposesHint: 'Onay verilen tüm amaçları seçin.',
    sharedWith: 'Kimlerle paylaşılıyor',
    sharedWithOrganisation: (organisation: string) =>
      `Yalnızca ${organisation} ile. Ağdaki başka hiç kimseyle paylaşılmaz.`,
    sharedWithHost:
      'Yalnızca bu web sitesini işleten kuruluşla. Bu kuruluş talebinizi seçtiğiniz hizmete yalnızca aşağıda onay verdiğiniz amaçlar için iletebilir.',
    withdrawal: 'Onay nasıl geri çekilir',
    withdrawalText: {
      self: 'Fikrinizi istediğiniz zaman değiştirebilirsiniz. Kuruluşa onayınızı geri çektiğinizi bildirin; kişisel bilgileriniz silinir.',
      professional:
        'Kişi, sizin kuruluşunuza veya alıcı kuruluşa bildirerek onayını istediği zaman geri çekebilir. Bu durumda kişisel verileri silinir.',
    },
    withdrawalConfirm: {
      self: 'Onayımı istediğim zaman geri çekebileceğimi anlıyorum',
      professional: 'Onayın nasıl geri çekileceğini kişiye açıkladım',
    },
    method: 'Onay nasıl verildi?',
    explicit: {
      self: 'Yukarıda listelenen bilgilerin, seçtiğim amaçlar için bu kuruluşla paylaşılmasına onay veriyorum',
      professional:
        'Kişi, yukarıda listelenen bilgilerin seçilen amaçlar için bu kuruluşla paylaşılmasına açıkça onay verdi',
    },
  },
  priority: {
    priority: 'Bu ne kadar acil?',
    answerWithin: plural('tr', {
      one: '# saat içinde yanıt bekleniyor',
      other: '# saat içinde yanıt bekleniyor',
    }),
    responseDue: 'Yanıt için son tarih',
    responseDueHint: (defaultDue: string) =>
      `Bu önceliğin süresini kullanmak için boş bırakın: ${defaultDue}. Yalnızca daha erken bir zaman seçebilirsiniz.`,
  },
  review: {
    heading: 'Göndermeden önce yanıtlarınızı kontrol edin',
    change: 'Değiştir',
    changeLabel: (section: string) => `Değiştir: ${section}`,
    notProvided: 'Belirtilmedi',
    yes: 'Evet',
    no: 'Hayır',
    defaultResponseDue: 'Bu önceliğin varsayılan süresi',
  },
  submit: { self: 'Talebimi gönder', professional: 'Yönlendirmeyi gönder' },
  submitting: 'Gönderiliyor…',
  errorSummaryTitle: 'Bir sorun var',
  failure: {
    network:
      'Bağlantı kesildiği için gönderilemedi. Yazdıklarınızın hiçbiri kaybolmadı. Bağlantınızı kontrol edip yeniden deneyin.',
    server:
      'Bizim tarafımızda bir sorun oluştu. Yazdıklarınızın hiçbiri kaybolmadı. Yeniden deneyin: iki kez gönderilmeyecek.',
    rateLimited: 'Buradan çok fazla istek gönderildi. Bir dakika bekleyip yeniden deneyin.',
    notAuthorised: 'Bu formun istek göndermesine izin verilmiyor. Bu web sitesinin sahibiyle iletişime geçin.',
    rejected: 'Bazı yanıtlar kabul edilmedi. Kontrol edip yeniden gönderin.',
    retry: 'Yeniden göndermeyi dene',
  },
  success: {
    title: { self: 'Talebiniz gönderildi', professional: 'Yönlendirme gönderildi' },
    reference: 'Referans numarası',
    nextContact:
      'Kuruluş sizinle, seçtiğiniz yollarla ve güvenli olduğunu söylediğiniz saatlerde iletişime geçecek. Güvenliyse bu referans numarasını saklayın.',
    nextNoContact:
      'Kimse sizinle iletişime geçmeyecek. Güvenli olduğunda kuruluşla iletişime geçin ve bu referans numarasını verin.',
    nextProfessional: (due: string) =>
      `Alıcı kuruluş en geç ${due} tarihine kadar yanıt vermelidir. Yanıtı kuruluşunuzun yönlendirmelerinde görünecek.`,
    followUp: {
      title: 'Talebinizi daha sonra kontrol etmek için bunları not edin',
      text: 'Referans numaranız ve bu gizli kodla bu sitede talebinizin ne durumda olduğunu görebilir veya onayınızı geri çekebilirsiniz. Kod yalnızca bu kez gösterilir: kimse size onu yeniden gösteremez.',
      reference: 'Referans numarası',
      secret: 'Gizli kod',
      advice:
        'Bunları bir kâğıda yazın ve güvenli bir yerde saklayın. Bu telefonu veya bilgisayarı başka biri kullanabiliyor ya da görebiliyorsa ekran görüntüsü veya fotoğraf almayın.',
      hide: 'Not ettim: kodu gizle',
      hidden: 'Gizli kod gizlendi ve bu cihazda saklanmıyor.',
    },
  },
  errors: {
    assistance: 'En az bir yardım türü seçin',
    victimTypes: 'Yaşananlardan en az birini seçin',
    caseSummary: 'Ne olduğunu birkaç kelimeyle yazın',
    name: 'Bir ad girin',
    languages: 'En az bir dil seçin',
    contact: 'İletişimin güvenli olup olmadığını seçin',
    channels: 'En az bir güvenli iletişim yolu seçin',
    phone: 'Telefon numarasını ülke koduyla girin, örneğin +351912345678',
    email: 'Bir e-posta adresi girin, örneğin ad@example.com',
    riskLevel: 'Risk düzeyini seçin',
    purposes: 'En az bir amaç seçin',
    method: 'Onayın nasıl verildiğini seçin',
    withdrawal: 'Onayın nasıl geri çekileceğinin açıklandığını doğrulayın',
    explicit: 'Herhangi bir şey gönderilmeden önce onay gereklidir',
    priority: 'Ne kadar acil olduğunu seçin',
    responseDue: 'Gelecekte, bu önceliğin süresinden geç olmayan bir zaman seçin',
    returnDate: 'Geçerli bir tarih girin',
    policeReported: 'Suçun polise bildirilip bildirilmediğini seçin',
    proceedingsStage: 'Ceza yargılamasının aşamasını seçin',
    tooLong: (maximum: number) => `En fazla ${maximum} karakter girin`,
    blank: 'Bu alan boş bırakılamaz',
    invalid: 'Bu yanıtı kontrol edin',
  },
};
