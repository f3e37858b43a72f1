/**
 * The reason a helper such as `decline` sends: a code of the target status's vocabulary, with
 * free text that is optional, and required only with the code `other`.
 */
import type { CancellationReason, DeclineReason, HoldReason } from '@victim-referral/schemas';

export type CodedReason<Code extends string> =
  | { reasonCode: Exclude<Code, 'other'>; reason?: string }
  | { reasonCode: Extract<Code, 'other'>; reason: string };

export type DeclineRequest = CodedReason<DeclineReason>;
export type CancelRequest = CodedReason<CancellationReason>;
export type HoldRequest = CodedReason<HoldReason>;
