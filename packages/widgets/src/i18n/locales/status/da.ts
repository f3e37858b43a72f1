/** Danish strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const daStatus: typeof enStatus = {
  title: 'Se din anmodning',
  intro:
    'Indtast referencenummeret og den hemmelige kode, du fik, da du bad om hjælp. Intet af det, du indtaster, gemmes på denne enhed.',
  reference: 'Referencenummer',
  referenceHint: 'For eksempel VR-7K3Q-92XD',
  secret: 'Hemmelig kode',
  secretHint: 'Mellemrum er ligegyldige.',
  show: 'Vis',
  hide: 'Skjul',
  showSecret: 'Vis den hemmelige kode',
  hideSecret: 'Skjul den hemmelige kode',
  secretShown: 'Den hemmelige kode er synlig.',
  secretHidden: 'Den hemmelige kode er skjult.',
  check: 'Se min anmodning',
  checking: 'Tjekker…',
  errorSummaryTitle: 'Der er et problem',
  blankReference: 'Indtast dit referencenummer',
  blankSecret: 'Indtast din hemmelige kode',
  wrong:
    'Vi kunne ikke finde en anmodning med dette referencenummer og denne hemmelige kode. Tjek begge, og prøv igen.',
  locked: (when: string) =>
    `Der har været for mange forsøg, så det er sat på pause at se denne anmodning for at beskytte den. Prøv igen ${when}.`,
  lockedLater:
    'Der har været for mange forsøg, så det er sat på pause at se denne anmodning for at beskytte den. Prøv igen senere.',
  network: 'Vi kunne ikke oprette forbindelse. Tjek din forbindelse, og prøv igen.',
  server: 'Noget gik galt hos os. Prøv igen om et par minutter.',
  notAuthorised: 'Denne hjemmeside kan ikke vise anmodninger lige nu. Kontakt den organisation, der driver den.',
  yourRequest: 'Din anmodning',
  status: 'Status',
  changedAt: 'Sidst ændret',
  organisation: 'Organisation',
  phone: 'Telefon',
  email: 'E-mail',
  website: 'Hjemmeside',
  nextStep: 'Hvad der sker nu',
  statuses: {
    draft: 'Din anmodning er ikke sendt endnu.',
    sent: 'Din anmodning er sendt. Organisationen har ikke åbnet den endnu.',
    received: 'Organisationen har modtaget din anmodning.',
    accepted: 'Organisationen har sagt ja til din anmodning og vil støtte dig.',
    declined: 'Organisationen kan ikke hjælpe med denne anmodning. Det er ikke din skyld, og der findes anden hjælp.',
    'in-progress': 'Organisationen støtter dig.',
    'on-hold': 'Din støtte er sat på pause indtil videre.',
    completed: 'Din støtte er afsluttet.',
    failed: 'Støtten kunne ikke gives som planlagt.',
    cancelled: 'Denne anmodning er lukket.',
    'withdrawn-consent': 'Du har trukket dit samtykke tilbage. Dine personoplysninger er slettet.',
  },
  nextSteps: {
    'wait-for-contact':
      'De kontakter dig på de måder, du valgte, på de tidspunkter, du sagde var sikre. Hvis du bad om ikke at blive kontaktet, så tag kontakt, når det er sikkert.',
    'support-under-way': 'Din støtte er i gang. Kontakt dem, hvis noget ændrer sig.',
    'support-paused': 'De fortæller dig, hvornår den kan starte igen. Du kan altid kontakte dem.',
    'contact-organisation':
      'Kontakt dem for at finde anden hjælp: de kan fortælle dig, hvem der ellers kan støtte dig.',
    'support-completed': 'Hvis du får brug for hjælp igen, kan du altid spørge.',
    'consent-withdrawn': 'Du behøver ikke gøre mere. Du kan altid bede om hjælp igen.',
  },
  withdraw: 'Træk mit samtykke tilbage',
  withdrawTitle: 'Trække dit samtykke tilbage?',
  withdrawExplained:
    'Hvis du trækker dit samtykke tilbage, stopper organisationen arbejdet med din anmodning, og dine personoplysninger slettes. Du behøver ikke give en grund. Det kan ikke fortrydes, men du kan altid bede om hjælp igen.',
  withdrawConfirm: 'Ja, træk mit samtykke tilbage',
  withdrawCancel: 'Nej, gå tilbage',
  withdrawing: 'Trækker tilbage…',
  withdrawn: 'Dit samtykke er trukket tilbage, og dine personoplysninger er slettet.',
  cannotWithdraw:
    'Samtykket kan ikke længere trækkes tilbage for denne anmodning. Kontakt organisationen, hvis du har brug for det.',
  clear: 'Afslut og ryd',
  retry: 'Prøv igen',
};
