/**
 * @victim-referral/widgets: registers every element and exports their classes, events and i18n
 * types. Import `@victim-referral/widgets/<widget>.component.js` for a class without registering it.
 */

export type { TaxonomyLabels } from '@victim-referral/schemas/labels';
export type { SealedDecrypt, SealedState, SealingPrivateKey } from './case/case-data.js';
export { VrReferralCase } from './case/referral-case.js';
export { VrServiceFinder } from './finder/service-finder.js';
export { VrReferralForm } from './form/referral-form.js';
export type { LocaleResource, Strings, SupportedLocale } from './i18n/locales/index.js';
export { supportedLocales } from './i18n/locales/index.js';
export type { WorkspaceStrings } from './i18n/locales/workspace/index.js';
export { VrReferralInbox } from './inbox/referral-inbox.js';
export { VrQuickExit } from './quick-exit/quick-exit.js';
export type { ContactToken } from './shared/contact-element.js';
export {
  type OpenReferralDetail,
  OpenReferralEvent,
  QuickExitEvent,
  type ReferralSubmittedDetail,
  ReferralSubmittedEvent,
  ServiceSelectEvent,
} from './shared/events.js';
export { VrReferralStatus } from './status/referral-status.js';
