/** French strings of `<vr-referral-form>` (see `en.ts`). */
import { plural } from '../../plural.js';
import type { formEn } from './en.js';

export const formFr: typeof formEn = {
  title: { self: 'Demander de l’aide', professional: 'Orienter une personne' },
  intro: {
    self: 'Dites-nous de quelle aide vous avez besoin. Seule l’organisation qui vous accompagnera verra vos réponses.',
    professional: 'Orientez la personne vers l’organisation destinataire. Ne partagez que ce qui est nécessaire.',
  },
  stepOf: (current: number, total: number) => `Étape ${current} sur ${total}`,
  steps: {
    needs: 'Aide nécessaire',
    person: { self: 'À propos de vous', professional: 'À propos de la personne' },
    crossBorder: 'Situation transfrontalière',
    assessment: 'Évaluation individuelle',
    consent: 'Consentement',
    priority: 'Priorité et délai de réponse',
    review: 'Vérifier les réponses',
  },
  continue: 'Continuer',
  back: 'Retour',
  optional: '(facultatif)',
  selectAll: 'Sélectionnez toutes les réponses qui s’appliquent.',
  receiver: 'Destinataire',
  service: 'Service',
  loadingService: 'Chargement du service…',
  serviceLoadError: 'Le service n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.',
  retry: 'Réessayer',
  noService: 'Aucun service n’a encore été choisi. Choisissez d’abord un service.',
  needs: {
    assistance: {
      self: 'De quelle aide avez-vous besoin ?',
      professional: 'De quelle aide la personne a-t-elle besoin ?',
    },
    victimTypes: { self: 'Que vous est-il arrivé ?', professional: 'Qu’a vécu la personne ?' },
    caseSummary: { self: 'En quelques mots, que s’est-il passé ?', professional: 'Résumé de la situation' },
    caseSummaryHint: {
      self: 'N’écrivez que ce que vous souhaitez partager. Vous n’avez pas besoin de donner de détails.',
      professional:
        'Ce que l’organisation destinataire doit savoir, pour que la personne n’ait pas à raconter à nouveau son histoire.',
    },
    notes: { self: 'Souhaitez-vous nous dire autre chose ?', professional: 'Autres remarques sur les besoins' },
  },
  person: {
    name: { self: 'Comment souhaitez-vous que l’on vous appelle ?', professional: 'Nom ou pseudonyme' },
    nameHint: {
      self: 'Un prénom, ou tout autre nom de votre choix, suffit.',
      professional: 'Un prénom ou un pseudonyme suffit.',
    },
    languages: { self: 'Quelles langues parlez-vous ?', professional: 'Langues parlées par la personne' },
    languagesHint: 'Sélectionnez-en au moins une.',
    ageGroup: { self: 'Votre tranche d’âge', professional: 'Tranche d’âge' },
    ageGroups: {
      unspecified: 'Ne souhaite pas le préciser',
      child: 'Moins de 18 ans',
      adult: '18 à 64 ans',
      'older-adult': '65 ans ou plus',
    },
    contact: {
      self: 'L’organisation peut-elle vous contacter sans danger ?',
      professional: 'L’organisation destinataire peut-elle contacter directement la personne ?',
    },
    contactSafe: {
      self: 'Oui, on peut me contacter sans danger',
      professional: 'Oui, par les moyens sûrs indiqués ci-dessous',
    },
    contactNone: { self: 'Non, ne me contactez pas', professional: 'Non, tout contact passe par nous' },
    contactNoneHint: {
      self: 'Choisissez cette option si quelqu’un d’autre peut voir votre téléphone, vos messages ou vos e-mails. Vous pourrez prendre contact vous-même lorsque ce sera sans danger.',
      professional: 'L’organisation destinataire contactera votre organisation, jamais la personne.',
    },
    channels: 'Moyens de contact sûrs',
    channelsHint: 'Sélectionnez tous les moyens qui sont sûrs.',
    phone: 'Numéro de téléphone',
    phoneHint: 'Avec l’indicatif du pays, par exemple +351 912 345 678',
    email: 'Adresse e-mail',
    app: 'Quelle application de messagerie ?',
    safeTimes: {
      self: 'Quand peut-on vous contacter sans danger ?',
      professional: 'Quand peut-on prendre contact sans danger ?',
    },
    safeTimesHint: 'Par exemple : en semaine entre 10 h et 12 h, jamais le soir.',
    mayLeaveMessage: {
      self: 'L’organisation peut laisser un message indiquant qui elle est',
      professional: 'Un message mentionnant le nom de l’organisation peut être laissé',
    },
    doNotContactNotes: {
      self: 'Y a-t-il quelque chose que l’organisation doit savoir ?',
      professional: 'Comment organiser le contact à la place',
    },
  },
  crossBorder: {
    intro:
      'Ce que l’organisation destinataire doit savoir de la situation entre les pays, pour que la personne n’ait pas à le redire. Toutes les questions sont facultatives.',
    crimeCountry: { self: 'Dans quel pays cela s’est-il passé ?', professional: 'Pays où l’infraction a eu lieu' },
    crimePlace: 'Ville ou lieu où cela s’est passé',
    residenceCountry: 'Pays où vit la personne',
    currentCountry: 'Pays où se trouve la personne actuellement',
    returnDate: 'Date à laquelle la personne quitte le pays de l’infraction',
    returnDateHint: 'Si elle rentre chez elle ou poursuit son voyage.',
    policeReported: 'L’infraction a-t-elle été signalée à la police ?',
    policeCountry: 'Pays où elle a été signalée',
    policeReference: 'Numéro de référence de la police',
    proceedingsStage: 'Où en est la procédure pénale ?',
    proceedingsCountry: 'Pays de la procédure pénale',
    interpreterNeeded: {
      self: 'Avez-vous besoin d’un interprète ?',
      professional: 'La personne a-t-elle besoin d’un interprète ?',
    },
    contactLanguage: 'Langue dans laquelle contacter la personne',
    contactLanguageHint: 'Si elle diffère des langues qu’elle parle le mieux.',
  },
  assessment: {
    riskLevel: 'Risque de nouveau préjudice',
    riskLevelHint: 'Votre évaluation du risque que la personne subisse à nouveau un préjudice.',
    protectionNeeds: 'Besoins de protection',
    notes: 'Remarques sur l’évaluation',
  },
  consent: {
    intro: {
      self: 'Avant tout envoi, lisez ce qui sera partagé et choisissez ce que vous acceptez.',
      professional:
        'Indiquez ce que la personne a explicitement accepté de partager. Interrogez-la sur chaque élément.',
    },
    dataShared: 'Informations partagées',
    dataSharedHint: {
      self: 'Voici ce que contiennent vos réponses. Pour partager moins, revenez en arrière et modifiez-les.',
      professional: 'Voici ce que contiennent les réponses. Pour partager moins, revenez en arrière et modifiez-les.',
    },
    purposes: 'À quoi elles serviront',
    purposesHint: 'Sélectionnez chaque finalité acceptée.',
    sharedWith: 'Avec qui elles sont partagées',
    sharedWithOrganisation: (organisation: string) =>
      `Uniquement avec ${organisation}. Elles ne sont partagées avec personne d’autre dans le réseau.`,
    sharedWithHost:
      'Uniquement avec l’organisation qui gère ce site. Elle peut transmettre votre demande au service que vous avez choisi, uniquement pour les finalités que vous acceptez ci-dessous.',
    withdrawal: 'Comment retirer le consentement',
    withdrawalText: {
      self: 'Vous pouvez changer d’avis à tout moment. Dites à l’organisation que vous retirez votre consentement : vos informations personnelles seront alors supprimées.',
      professional:
        'La personne peut retirer son consentement à tout moment en le disant à votre organisation ou à l’organisation destinataire. Ses données personnelles sont alors effacées.',
    },
    withdrawalConfirm: {
      self: 'Je comprends que je peux retirer mon consentement à tout moment',
      professional: 'J’ai expliqué à la personne comment retirer son consentement',
    },
    method: 'Comment le consentement a-t-il été donné ?',
    explicit: {
      self: 'J’accepte de partager les informations listées ci-dessus avec cette organisation, pour les finalités que j’ai sélectionnées',
      professional:
        'La personne a explicitement accepté de partager les informations listées ci-dessus avec cette organisation, pour les finalités sélectionnées',
    },
  },
  priority: {
    priority: 'Quel est le degré d’urgence ?',
    answerWithin: plural('fr', {
      one: 'Réponse attendue sous # heure',
      many: 'Réponse attendue sous # d’heures',
      other: 'Réponse attendue sous # heures',
    }),
    responseDue: 'Réponse nécessaire avant le',
    responseDueHint: (defaultDue: string) =>
      `Laissez vide pour utiliser le délai de cette priorité : ${defaultDue}. Vous ne pouvez choisir qu’une échéance plus proche.`,
  },
  review: {
    heading: 'Vérifiez vos réponses avant l’envoi',
    change: 'Modifier',
    changeLabel: (section: string) => `Modifier : ${section}`,
    notProvided: 'Non renseigné',
    yes: 'Oui',
    no: 'Non',
    defaultResponseDue: 'Délai par défaut pour cette priorité',
  },
  submit: { self: 'Envoyer ma demande', professional: 'Envoyer l’orientation' },
  submitting: 'Envoi en cours…',
  errorSummaryTitle: 'Il y a un problème',
  failure: {
    network:
      'L’envoi a échoué car la connexion a été interrompue. Rien de ce que vous avez saisi n’a été perdu. Vérifiez votre connexion, puis réessayez.',
    server:
      'Un problème est survenu de notre côté. Rien de ce que vous avez saisi n’a été perdu. Réessayez : rien ne sera envoyé deux fois.',
    rateLimited: 'Trop de demandes ont été envoyées depuis cette connexion. Patientez une minute, puis réessayez.',
    notAuthorised: 'Ce formulaire n’est pas autorisé à envoyer des demandes. Contactez le responsable de ce site.',
    rejected: 'Certaines réponses n’ont pas été acceptées. Vérifiez-les, puis renvoyez le formulaire.',
    retry: 'Réessayer l’envoi',
  },
  success: {
    title: { self: 'Votre demande a été envoyée', professional: 'Orientation envoyée' },
    reference: 'Référence',
    nextContact:
      'L’organisation vous contactera par les moyens que vous avez choisis, aux moments que vous avez indiqués comme sûrs. Si vous pouvez le faire sans danger, conservez cette référence.',
    nextNoContact:
      'Personne ne vous contactera. Lorsque ce sera sans danger, prenez contact avec l’organisation et donnez-lui cette référence.',
    nextProfessional: (due: string) =>
      `L’organisation destinataire doit répondre avant le ${due}. Sa réponse apparaîtra dans les orientations de votre organisation.`,
    followUp: {
      title: 'Pour suivre votre demande plus tard, notez ceci',
      text: 'Avec votre référence et ce code secret, vous pouvez voir sur ce site où en est votre demande, ou retirer votre consentement. Le code n’est affiché qu’une seule fois : personne ne pourra vous le redonner.',
      reference: 'Référence',
      secret: 'Code secret',
      advice:
        'Notez-les sur papier et gardez-le en lieu sûr. Ne faites pas de capture d’écran ni de photo si quelqu’un d’autre peut utiliser ou regarder ce téléphone ou cet ordinateur.',
      hide: 'Je l’ai noté : masquer le code',
      hidden: 'Le code secret est masqué et n’est pas conservé sur cet appareil.',
    },
  },
  errors: {
    assistance: 'Sélectionnez au moins un type d’aide',
    victimTypes: 'Sélectionnez au moins une réponse sur ce qui s’est passé',
    caseSummary: 'Écrivez quelques mots sur ce qui s’est passé',
    name: 'Saisissez un nom',
    languages: 'Sélectionnez au moins une langue',
    contact: 'Indiquez si le contact est sans danger',
    channels: 'Sélectionnez au moins un moyen de contact sûr',
    phone: 'Saisissez un numéro de téléphone avec l’indicatif du pays, par exemple +351912345678',
    email: 'Saisissez une adresse e-mail, par exemple nom@example.com',
    riskLevel: 'Sélectionnez le niveau de risque',
    purposes: 'Sélectionnez au moins une finalité',
    method: 'Indiquez comment le consentement a été donné',
    withdrawal: 'Confirmez que le retrait du consentement a été expliqué',
    explicit: 'Un consentement est nécessaire avant tout envoi',
    priority: 'Indiquez le degré d’urgence',
    responseDue: 'Choisissez un moment à venir, au plus tard à l’échéance de cette priorité',
    returnDate: 'Saisissez une date valide',
    policeReported: 'Indiquez si l’infraction a été signalée à la police',
    proceedingsStage: 'Indiquez où en est la procédure pénale',
    tooLong: (maximum: number) => `Saisissez ${maximum} caractères au maximum`,
    blank: 'Ce champ ne peut pas être vide',
    invalid: 'Vérifiez cette réponse',
  },
};
