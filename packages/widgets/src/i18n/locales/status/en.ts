/**
 * The English strings of `<vr-referral-status>`, where a victim follows their own self-referral.
 * `statuses` and `nextSteps` explain every code of the protocol's vocabularies in plain, kind words:
 * a new code is a compile error here until it is explained.
 */
import type { FollowUpNextStep, ReferralStatus } from '@victim-referral/schemas';

export const enStatus = {
  title: 'Check your request',
  intro:
    'Enter the reference and the secret code you were given when you asked for help. Nothing you enter is kept on this device.',
  reference: 'Reference',
  referenceHint: 'For example VR-7K3Q-92XD',
  secret: 'Secret code',
  secretHint: 'Spaces do not matter.',
  show: 'Show',
  hide: 'Hide',
  showSecret: 'Show the secret code',
  hideSecret: 'Hide the secret code',
  secretShown: 'The secret code is visible.',
  secretHidden: 'The secret code is hidden.',
  check: 'Check my request',
  checking: 'Checking…',
  errorSummaryTitle: 'There is a problem',
  blankReference: 'Enter your reference',
  blankSecret: 'Enter your secret code',
  wrong: 'We could not find a request with this reference and secret code. Check both, then try again.',
  locked: (when: string) =>
    `There have been too many tries, so checking this request is paused to keep it safe. Try again ${when}.`,
  lockedLater: 'There have been too many tries, so checking this request is paused to keep it safe. Try again later.',
  network: 'We could not connect. Check your connection, then try again.',
  server: 'Something went wrong on our side. Please try again in a few minutes.',
  notAuthorised: 'This website cannot check requests at the moment. Please contact the organisation that runs it.',
  yourRequest: 'Your request',
  status: 'Status',
  changedAt: 'Last changed',
  organisation: 'Organisation',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  nextStep: 'What happens next',
  statuses: {
    draft: 'Your request has not been sent yet.',
    sent: 'Your request has been sent. The organisation has not opened it yet.',
    received: 'The organisation has received your request.',
    accepted: 'The organisation has accepted your request and will support you.',
    declined: 'The organisation cannot help with this request. This is not your fault, and other help is available.',
    'in-progress': 'The organisation is supporting you.',
    'on-hold': 'Your support is paused for now.',
    completed: 'Your support has ended.',
    failed: 'The support could not be given as planned.',
    cancelled: 'This request has been closed.',
    'withdrawn-consent': 'You withdrew your consent. Your personal information has been erased.',
  } satisfies Record<ReferralStatus, string>,
  nextSteps: {
    'wait-for-contact':
      'They will contact you in the ways you chose, at the times you said are safe. If you asked not to be contacted, get in touch with them when it is safe.',
    'support-under-way': 'Your support is under way. Contact them if anything changes.',
    'support-paused': 'They will tell you when it can start again. You can contact them at any time.',
    'contact-organisation': 'Contact them to find other help: they can tell you who else can support you.',
    'support-completed': 'If you need help again, you can ask at any time.',
    'consent-withdrawn': 'Nothing more is needed from you. You can ask for help again at any time.',
  } satisfies Record<FollowUpNextStep, string>,
  withdraw: 'Withdraw my consent',
  withdrawTitle: 'Withdraw your consent?',
  withdrawExplained:
    'If you withdraw your consent, the organisation stops working on your request and your personal information is erased. You do not need to give a reason. This cannot be undone, but you can always ask for help again.',
  withdrawConfirm: 'Yes, withdraw my consent',
  withdrawCancel: 'No, go back',
  withdrawing: 'Withdrawing…',
  withdrawn: 'Your consent has been withdrawn and your personal information has been erased.',
  cannotWithdraw: 'Consent can no longer be withdrawn for this request. Contact the organisation if you need to.',
  clear: 'Finish and clear',
  retry: 'Try again',
};
