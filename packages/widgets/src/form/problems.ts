/** What is wrong with the answers: the schema's own problems, the form's rules and the server's, per field. */
import { type FieldError, ReferralCreate, toFieldErrors } from '@victim-referral/schemas';
import { type BuildContext, buildReferral, type Draft, type FieldKey, type FieldProblem, formRules } from './draft.js';
import { fieldOfPointer, fields } from './field-table.js';

/** Field problems from the protocol's field errors (the schema's, or a 400/422 answer's). */
export function problemsOf(errors: readonly FieldError[]): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = fieldOfPointer(error.path);
    return field ? [{ field, code: error.code }] : [];
  });
}

const fieldOrder: readonly FieldKey[] = fields.map((spec) => spec.key);

function orderAndDedupe(problems: FieldProblem[]): FieldProblem[] {
  const byField = new Map<FieldKey, FieldProblem>();
  for (const problem of problems) if (!byField.has(problem.field)) byField.set(problem.field, problem);
  return [...byField.values()].sort((a, b) => fieldOrder.indexOf(a.field) - fieldOrder.indexOf(b.field));
}

/** The problems of the answers, one per field, in the order of the form. */
export function validateDraft(draft: Draft, context: BuildContext): FieldProblem[] {
  const referral = buildReferral(draft, context);
  const result = ReferralCreate.safeParse(referral);
  const fromSchema = result.success ? [] : problemsOf(toFieldErrors(result.error, referral));
  return orderAndDedupe([...fromSchema, ...formRules(draft, context)]);
}
