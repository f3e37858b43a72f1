/** Swedish strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const svStatus: typeof enStatus = {
  title: 'Se hur det går med din förfrågan',
  intro:
    'Skriv referensnumret och den hemliga koden som du fick när du bad om hjälp. Inget av det du skriver sparas på den här enheten.',
  reference: 'Referensnummer',
  referenceHint: 'Till exempel VR-7K3Q-92XD',
  secret: 'Hemlig kod',
  secretHint: 'Mellanslag spelar ingen roll.',
  show: 'Visa',
  hide: 'Dölj',
  showSecret: 'Visa den hemliga koden',
  hideSecret: 'Dölj den hemliga koden',
  secretShown: 'Den hemliga koden syns.',
  secretHidden: 'Den hemliga koden är dold.',
  check: 'Visa min förfrågan',
  checking: 'Kontrollerar…',
  errorSummaryTitle: 'Det finns ett problem',
  blankReference: 'Skriv ditt referensnummer',
  blankSecret: 'Skriv din hemliga kod',
  wrong:
    'Vi hittade ingen förfrågan med det här referensnumret och den här hemliga koden. Kontrollera båda och försök igen.',
  locked: (when: string) =>
    `Det har varit för många försök, så det är pausat att se den här förfrågan för att skydda den. Försök igen ${when}.`,
  lockedLater:
    'Det har varit för många försök, så det är pausat att se den här förfrågan för att skydda den. Försök igen senare.',
  network: 'Vi kunde inte ansluta. Kontrollera din anslutning och försök igen.',
  server: 'Något gick fel hos oss. Försök igen om några minuter.',
  notAuthorised: 'Den här webbplatsen kan inte visa förfrågningar just nu. Kontakta organisationen som driver den.',
  yourRequest: 'Din förfrågan',
  status: 'Status',
  changedAt: 'Senast ändrad',
  organisation: 'Organisation',
  phone: 'Telefon',
  email: 'E-post',
  website: 'Webbplats',
  nextStep: 'Vad som händer nu',
  statuses: {
    draft: 'Din förfrågan har inte skickats än.',
    sent: 'Din förfrågan har skickats. Organisationen har inte öppnat den än.',
    received: 'Organisationen har tagit emot din förfrågan.',
    accepted: 'Organisationen har tackat ja till din förfrågan och kommer att stödja dig.',
    declined:
      'Organisationen kan inte hjälpa till med den här förfrågan. Det är inte ditt fel, och det finns annan hjälp.',
    'in-progress': 'Organisationen stödjer dig.',
    'on-hold': 'Ditt stöd är pausat för tillfället.',
    completed: 'Ditt stöd har avslutats.',
    failed: 'Stödet kunde inte ges som planerat.',
    cancelled: 'Den här förfrågan har stängts.',
    'withdrawn-consent': 'Du har återkallat ditt samtycke. Dina personuppgifter har raderats.',
  },
  nextSteps: {
    'wait-for-contact':
      'De kontaktar dig på de sätt du valde, vid de tider du sa är säkra. Om du bad att inte bli kontaktad, hör av dig när det är säkert.',
    'support-under-way': 'Ditt stöd pågår. Kontakta dem om något ändras.',
    'support-paused': 'De berättar när det kan börja igen. Du kan kontakta dem när som helst.',
    'contact-organisation': 'Kontakta dem för att hitta annan hjälp: de kan berätta vem mer som kan stödja dig.',
    'support-completed': 'Om du behöver hjälp igen kan du be om det när som helst.',
    'consent-withdrawn': 'Du behöver inte göra något mer. Du kan be om hjälp igen när som helst.',
  },
  withdraw: 'Återkalla mitt samtycke',
  withdrawTitle: 'Återkalla ditt samtycke?',
  withdrawExplained:
    'Om du återkallar ditt samtycke slutar organisationen arbeta med din förfrågan och dina personuppgifter raderas. Du behöver inte ange något skäl. Det går inte att ångra, men du kan alltid be om hjälp igen.',
  withdrawConfirm: 'Ja, återkalla mitt samtycke',
  withdrawCancel: 'Nej, gå tillbaka',
  withdrawing: 'Återkallar…',
  withdrawn: 'Ditt samtycke har återkallats och dina personuppgifter har raderats.',
  cannotWithdraw: 'Samtycket kan inte längre återkallas för den här förfrågan. Kontakta organisationen om du behöver.',
  clear: 'Avsluta och rensa',
  retry: 'Försök igen',
};
