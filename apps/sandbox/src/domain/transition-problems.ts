/** The 422 answer for a transition request that misses or misuses a field the state machine asks for. */
import type { ReferralStatus, TransitionCheck } from '@victim-referral/schemas';
import { type DomainError, fieldProblem } from './errors.js';

type FieldCheck = Extract<TransitionCheck, { field: string }>;

function messageOf(check: FieldCheck, to: ReferralStatus): string {
  const codes = check.reasonCodes.join(', ');
  switch (check.problem) {
    case 'reason-code-required':
      return `A reasonCode is required to move to ${to}: one of ${codes}`;
    case 'reason-code-not-for-status':
      return codes === '' ? `A move to ${to} takes no reasonCode` : `Not a reason for ${to}: one of ${codes}`;
    case 'reason-required':
      return 'A reason is required with the reason code other';
    case 'outcome-required':
      return `An outcome is required to move to ${to}`;
  }
}

export function transitionFieldProblem(check: FieldCheck, to: ReferralStatus): DomainError {
  const code = check.problem === 'reason-code-not-for-status' ? 'not-for-status' : 'required';
  return fieldProblem(`/${check.field}`, messageOf(check, to), code);
}
