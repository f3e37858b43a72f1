/** French strings of `<vr-referral-status>` (see `en.ts`). */
import type { enStatus } from './en.js';

export const frStatus: typeof enStatus = {
  title: 'Suivre votre demande',
  intro:
    'Saisissez la référence et le code secret reçus lorsque vous avez demandé de l’aide. Rien de ce que vous saisissez n’est conservé sur cet appareil.',
  reference: 'Référence',
  referenceHint: 'Par exemple VR-7K3Q-92XD',
  secret: 'Code secret',
  secretHint: 'Les espaces ne comptent pas.',
  show: 'Afficher',
  hide: 'Masquer',
  showSecret: 'Afficher le code secret',
  hideSecret: 'Masquer le code secret',
  secretShown: 'Le code secret est visible.',
  secretHidden: 'Le code secret est masqué.',
  check: 'Voir ma demande',
  checking: 'Vérification…',
  errorSummaryTitle: 'Il y a un problème',
  blankReference: 'Saisissez votre référence',
  blankSecret: 'Saisissez votre code secret',
  wrong:
    'Nous n’avons pas trouvé de demande avec cette référence et ce code secret. Vérifiez les deux, puis réessayez.',
  locked: (when: string) =>
    `Il y a eu trop d’essais : pour la protéger, la consultation de cette demande est suspendue. Réessayez ${when}.`,
  lockedLater:
    'Il y a eu trop d’essais : pour la protéger, la consultation de cette demande est suspendue. Réessayez plus tard.',
  network: 'Nous n’avons pas pu nous connecter. Vérifiez votre connexion, puis réessayez.',
  server: 'Un problème est survenu de notre côté. Réessayez dans quelques minutes.',
  notAuthorised: 'Ce site ne peut pas consulter les demandes pour le moment. Contactez l’organisation qui le gère.',
  yourRequest: 'Votre demande',
  status: 'Statut',
  changedAt: 'Dernier changement',
  organisation: 'Organisation',
  phone: 'Téléphone',
  email: 'E-mail',
  website: 'Site web',
  nextStep: 'La suite',
  statuses: {
    draft: 'Votre demande n’a pas encore été envoyée.',
    sent: 'Votre demande a été envoyée. L’organisation ne l’a pas encore ouverte.',
    received: 'L’organisation a bien reçu votre demande.',
    accepted: 'L’organisation a accepté votre demande et va vous accompagner.',
    declined:
      'L’organisation ne peut pas répondre à cette demande. Ce n’est pas de votre faute, et d’autres aides existent.',
    'in-progress': 'L’organisation vous accompagne.',
    'on-hold': 'Votre accompagnement est en pause pour le moment.',
    completed: 'Votre accompagnement est terminé.',
    failed: 'L’accompagnement n’a pas pu se faire comme prévu.',
    cancelled: 'Cette demande a été close.',
    'withdrawn-consent': 'Vous avez retiré votre consentement. Vos données personnelles ont été effacées.',
  },
  nextSteps: {
    'wait-for-contact':
      'Elle vous contactera par les moyens choisis, aux moments que vous avez indiqués comme sûrs. Si vous avez demandé à ne pas être contacté·e, prenez contact quand c’est sûr pour vous.',
    'support-under-way': 'Votre accompagnement est en cours. Contactez-la si quelque chose change.',
    'support-paused': 'Elle vous dira quand il pourra reprendre. Vous pouvez la contacter à tout moment.',
    'contact-organisation':
      'Contactez-la pour trouver une autre aide : elle peut vous dire qui d’autre peut vous accompagner.',
    'support-completed': 'Si vous avez de nouveau besoin d’aide, vous pouvez en demander à tout moment.',
    'consent-withdrawn': 'Vous n’avez plus rien à faire. Vous pouvez redemander de l’aide à tout moment.',
  },
  withdraw: 'Retirer mon consentement',
  withdrawTitle: 'Retirer votre consentement ?',
  withdrawExplained:
    'Si vous retirez votre consentement, l’organisation arrête de traiter votre demande et vos données personnelles sont effacées. Vous n’avez pas à vous justifier. C’est définitif, mais vous pourrez toujours redemander de l’aide.',
  withdrawConfirm: 'Oui, retirer mon consentement',
  withdrawCancel: 'Non, revenir',
  withdrawing: 'Retrait en cours…',
  withdrawn: 'Votre consentement a été retiré et vos données personnelles ont été effacées.',
  cannotWithdraw: 'Le consentement ne peut plus être retiré pour cette demande. Contactez l’organisation si besoin.',
  clear: 'Terminer et effacer',
  retry: 'Réessayer',
};
