import {
  allowedTransitions,
  findTransitionRule,
  outcomes,
  type ReferralRole,
  type ReferralStatus,
  reasonCodesByStatus,
  reasonCodesFor,
  type TransitionRequest,
  type VocabularyName,
  vocabularies,
} from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkspaceStrings } from '../i18n/locales/workspace/index.js';
import { type LabelledCode, vocabularyChoices } from '../shared/vocabulary.js';

/** What a move to a status asks for, read off the lifecycle table. */
export interface ActionNeeds {
  reasonCodes: readonly string[];
  outcome: boolean;
  erasesData: boolean;
}

export function needsOf(from: ReferralStatus, to: ReferralStatus): ActionNeeds {
  return {
    reasonCodes: reasonCodesFor(to),
    outcome: findTransitionRule(from, to)?.outcomeRequired ?? false,
    erasesData: to === 'withdrawn-consent',
  };
}

/** Whether a move is made at once, or asks for a reason, an outcome or a confirmation first. */
export function asksFirst(needs: ActionNeeds): boolean {
  return needs.reasonCodes.length > 0 || needs.outcome || needs.erasesData;
}

/** The statuses the caller may move the referral to now: the lifecycle table decides. */
export function actionsFor(status: ReferralStatus, roles: readonly ReferralRole[]): ReferralStatus[] {
  return allowedTransitions(status, roles);
}

/** The vocabulary whose labels name the reason codes of `status` (`declined` → `declineReasons`). */
function reasonVocabulary(status: ReferralStatus): VocabularyName | undefined {
  const terms = (reasonCodesByStatus as Partial<Record<ReferralStatus, unknown>>)[status];
  return (Object.keys(vocabularies) as VocabularyName[]).find((name) => vocabularies[name] === terms);
}

export function reasonChoices(taxonomy: TaxonomyLabels, status: ReferralStatus): LabelledCode[] {
  const vocabulary = reasonVocabulary(status);
  const codes = reasonCodesFor(status);
  return vocabulary
    ? vocabularyChoices(taxonomy, vocabulary, codes)
    : codes.map((code) => ({ value: code, label: code }));
}

/** The label of a reason code given for a move to `status`. */
export function reasonLabel(taxonomy: TaxonomyLabels, status: ReferralStatus, code: string): string {
  return reasonChoices(taxonomy, status).find((choice) => choice.value === code)?.label ?? code;
}

/** What the decision form holds while the user fills it in. */
export interface Decision {
  to: ReferralStatus;
  reasonCode: string;
  reason: string;
  outcome: string;
  /** Set once the user tried to confirm: the missing answers are then shown. */
  checked: boolean;
}

export function newDecision(to: ReferralStatus): Decision {
  return { to, reasonCode: '', reason: '', outcome: '', checked: false };
}

/** The transition request of a complete decision, or undefined while an answer is missing. */
export function requestOf(from: ReferralStatus, decision: Decision): TransitionRequest | undefined {
  const needs = needsOf(from, decision.to);
  if (needs.reasonCodes.length > 0 && !decision.reasonCode) return undefined;
  if (decision.reasonCode === 'other' && !decision.reason.trim()) return undefined;
  if (needs.outcome && !decision.outcome) return undefined;
  return {
    to: decision.to,
    ...(decision.reasonCode && { reasonCode: decision.reasonCode as TransitionRequest['reasonCode'] }),
    ...(decision.reasonCode === 'other' && { reason: decision.reason.trim() }),
    ...(decision.outcome && { outcome: decision.outcome as TransitionRequest['outcome'] }),
  };
}

export interface DecisionFormContext {
  from: ReferralStatus;
  decision: Decision;
  strings: WorkspaceStrings['case']['actions'];
  taxonomy: TaxonomyLabels;
  busy: boolean;
  change: (patch: Partial<Decision>) => void;
  confirm: () => void;
  back: () => void;
}

function choice(
  id: string,
  label: string,
  value: string,
  choices: readonly LabelledCode[],
  invalid: boolean,
  context: DecisionFormContext,
  set: (value: string) => void,
): TemplateResult {
  const { strings } = context;
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${invalid ? html`<p class="error-message" id=${`${id}-error`}>${strings.chooseRequired}</p>` : nothing}
    <select
      id=${id}
      aria-invalid=${invalid ? 'true' : 'false'}
      aria-describedby=${invalid ? `${id}-error` : nothing}
      @change=${(event: Event) => set((event.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${value === ''}>${strings.choose}</option>
      ${choices.map((c) => html`<option value=${c.value} ?selected=${value === c.value}>${c.label}</option>`)}
    </select>
  </div>`;
}

/** The form a move that needs a reason, an outcome or a confirmation shows before it is made. */
export function decisionForm(context: DecisionFormContext): TemplateResult {
  const { from, decision, strings, taxonomy } = context;
  const needs = needsOf(from, decision.to);
  const missing = (value: string) => decision.checked && !value;
  const reasonMissing = decision.checked && decision.reasonCode === 'other' && !decision.reason.trim();
  const submit = (event: Event) => {
    event.preventDefault();
    context.confirm();
  };
  return html`<form class="decision" part="decision" novalidate @submit=${submit}>
    <h4 id="decision-title" tabindex="-1">${strings[decision.to as keyof typeof strings] as string}</h4>
    ${needs.erasesData ? html`<p class="notice">${strings.erasesData}</p>` : nothing}
    ${
      needs.reasonCodes.length > 0
        ? choice(
            'reason-code',
            strings.reasonCode,
            decision.reasonCode,
            reasonChoices(taxonomy, decision.to),
            missing(decision.reasonCode),
            context,
            (reasonCode) => context.change({ reasonCode }),
          )
        : nothing
    }
    ${
      decision.reasonCode === 'other'
        ? html`<div class="field">
          <label for="reason-text">${strings.reasonText}</label>
          ${reasonMissing ? html`<p class="error-message" id="reason-text-error">${strings.reasonTextRequired}</p>` : nothing}
          <textarea
            id="reason-text"
            rows="3"
            maxlength="1000"
            aria-invalid=${reasonMissing ? 'true' : 'false'}
            aria-describedby=${reasonMissing ? 'reason-text-error' : nothing}
            .value=${decision.reason}
            @input=${(event: Event) => context.change({ reason: (event.target as HTMLTextAreaElement).value })}
          ></textarea>
        </div>`
        : nothing
    }
    ${
      needs.outcome
        ? choice(
            'outcome',
            strings.outcome,
            decision.outcome,
            vocabularyChoices(
              taxonomy,
              'outcomes',
              outcomes.map((term) => term.code),
            ),
            missing(decision.outcome),
            context,
            (outcome) => context.change({ outcome }),
          )
        : nothing
    }
    <div class="actions">
      <button type="submit" class="button" part="button confirm-button" ?disabled=${context.busy}>${strings.confirm}</button>
      <button type="button" class="button secondary" part="button" @click=${context.back}>${strings.back}</button>
    </div>
  </form>`;
}
