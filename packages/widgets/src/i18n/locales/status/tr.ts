/** Turkish strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const trStatus: typeof enStatus = {
  title: 'Talebinizi kontrol edin',
  intro:
    'Yardım istediğinizde aldığınız referans numarasını ve gizli kodu girin. Girdiğiniz hiçbir şey bu cihazda saklanmaz.',
  reference: 'Referans numarası',
  referenceHint: 'Örneğin VR-7K3Q-92XD',
  secret: 'Gizli kod',
  secretHint: 'Boşlukların önemi yok.',
  show: 'Göster',
  hide: 'Gizle',
  showSecret: 'Gizli kodu göster',
  hideSecret: 'Gizli kodu gizle',
  secretShown: 'Gizli kod görünüyor.',
  secretHidden: 'Gizli kod gizli.',
  check: 'Talebimi kontrol et',
  checking: 'Kontrol ediliyor…',
  errorSummaryTitle: 'Bir sorun var',
  blankReference: 'Referans numaranızı girin',
  blankSecret: 'Gizli kodunuzu girin',
  wrong: 'Bu referans numarası ve gizli kodla bir talep bulamadık. İkisini de kontrol edip yeniden deneyin.',
  locked: (when: string) =>
    `Çok fazla deneme yapıldı, bu yüzden talebi korumak için kontrol etme duraklatıldı. ${when} yeniden deneyin.`,
  lockedLater:
    'Çok fazla deneme yapıldı, bu yüzden talebi korumak için kontrol etme duraklatıldı. Daha sonra yeniden deneyin.',
  network: 'Bağlanamadık. Bağlantınızı kontrol edip yeniden deneyin.',
  server: 'Bizim tarafımızda bir sorun oluştu. Lütfen birkaç dakika sonra yeniden deneyin.',
  notAuthorised: 'Bu site şu anda talepleri kontrol edemiyor. Lütfen siteyi yöneten kuruluşla iletişime geçin.',
  yourRequest: 'Talebiniz',
  status: 'Durum',
  changedAt: 'Son değişiklik',
  organisation: 'Kuruluş',
  phone: 'Telefon',
  email: 'E-posta',
  website: 'Web sitesi',
  nextStep: 'Bundan sonra ne olacak',
  statuses: {
    draft: 'Talebiniz henüz gönderilmedi.',
    sent: 'Talebiniz gönderildi. Kuruluş henüz açmadı.',
    received: 'Kuruluş talebinizi aldı.',
    accepted: 'Kuruluş talebinizi kabul etti ve size destek olacak.',
    declined: 'Kuruluş bu talepte yardımcı olamıyor. Bu sizin suçunuz değil ve başka yardım da var.',
    'in-progress': 'Kuruluş size destek oluyor.',
    'on-hold': 'Desteğiniz şimdilik duraklatıldı.',
    completed: 'Desteğiniz sona erdi.',
    failed: 'Destek planlandığı gibi verilemedi.',
    cancelled: 'Bu talep kapatıldı.',
    'withdrawn-consent': 'Onayınızı geri çektiniz. Kişisel verileriniz silindi.',
  },
  nextSteps: {
    'wait-for-contact':
      'Seçtiğiniz yollarla, güvenli olduğunu söylediğiniz saatlerde sizinle iletişime geçecekler. Sizinle iletişime geçilmemesini istediyseniz, güvenli olduğunda siz ulaşın.',
    'support-under-way': 'Desteğiniz sürüyor. Bir şey değişirse onlara ulaşın.',
    'support-paused':
      'Ne zaman yeniden başlayabileceğini size söyleyecekler. Onlara istediğiniz zaman ulaşabilirsiniz.',
    'contact-organisation':
      'Başka yardım bulmak için onlara ulaşın: size başka kimin destek olabileceğini söyleyebilirler.',
    'support-completed': 'Yeniden yardıma ihtiyacınız olursa istediğiniz zaman isteyebilirsiniz.',
    'consent-withdrawn': 'Başka bir şey yapmanız gerekmiyor. İstediğiniz zaman yeniden yardım isteyebilirsiniz.',
  },
  withdraw: 'Onayımı geri çek',
  withdrawTitle: 'Onayınızı geri çekmek istiyor musunuz?',
  withdrawExplained:
    'Onayınızı geri çekerseniz kuruluş talebiniz üzerinde çalışmayı bırakır ve kişisel verileriniz silinir. Bir neden belirtmeniz gerekmez. Bu geri alınamaz, ancak her zaman yeniden yardım isteyebilirsiniz.',
  withdrawConfirm: 'Evet, onayımı geri çek',
  withdrawCancel: 'Hayır, geri dön',
  withdrawing: 'Geri çekiliyor…',
  withdrawn: 'Onayınız geri çekildi ve kişisel verileriniz silindi.',
  cannotWithdraw: 'Bu talep için onay artık geri çekilemez. Gerekirse kuruluşla iletişime geçin.',
  clear: 'Bitir ve temizle',
  retry: 'Yeniden dene',
};
