/**
 * @victim-referral/schemas — the records, vocabularies, state machine and contract of the
 * victim-referral protocol v1.
 */

export * from './catalog.js';
export * from './contract/index.js';
export * from './field-errors.js';
export * from './headers.js';
export * from './helplines.js';
export * from './keys.js';
export * from './lifecycle.js';
export * from './opening-hours.js';
export * from './patterns.js';
export * from './primitives.js';
export * from './records/cross-border.js';
export * from './records/encryption-key.js';
export * from './records/event.js';
export * from './records/fault.js';
export * from './records/follow-up.js';
export * from './records/message.js';
export * from './records/organisation.js';
export * from './records/page.js';
export * from './records/problem.js';
export * from './records/protocol.js';
export * from './records/referral.js';
export * from './records/sandbox-clock.js';
export * from './records/sealed.js';
export * from './records/service.js';
export * from './records/webhook.js';
export * from './route.js';
export * from './sealing.js';
export * from './validate.js';
export * from './vocabularies.js';
