import type { ReferralStatus } from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkspaceStrings } from '../i18n/locales/workspace/index.js';
import { type Decision, decisionForm } from './case-actions.js';

/** What became of the last decision: saved, overtaken by someone else's change, or not saved. */
export type DecisionNotice = { kind: 'done' | 'conflict' | 'failed'; text: string };

export interface ActionsPanelContext {
  from: ReferralStatus;
  /** The moves the lifecycle table allows the caller now. */
  allowed: readonly ReferralStatus[];
  decision: Decision | undefined;
  notice: DecisionNotice | undefined;
  strings: WorkspaceStrings['case']['actions'];
  taxonomy: TaxonomyLabels;
  busy: boolean;
  choose: (to: ReferralStatus) => void;
  change: (decision: Decision | undefined) => void;
  confirm: (decision: Decision) => void;
}

/** The moves the caller may make now, one button each; a sentence when there are none. */
export function actionButtons(
  allowed: readonly ReferralStatus[],
  strings: WorkspaceStrings['case']['actions'],
  busy: boolean,
  choose: (to: ReferralStatus) => void,
): TemplateResult {
  if (allowed.length === 0) return html`<p class="status">${strings.none}</p>`;
  const primary: readonly ReferralStatus[] = ['accepted', 'in-progress', 'completed'];
  return html`<div class="actions">
    ${allowed.map(
      (to) => html`<button
        type="button"
        class="button ${primary.includes(to) ? '' : 'secondary'}"
        part="button action-button"
        data-action=${to}
        ?disabled=${busy}
        @click=${() => choose(to)}
      >
        ${strings[to as keyof typeof strings] as string}
      </button>`,
    )}
  </div>`;
}

function noticeOf(notice: DecisionNotice | undefined): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const done = notice.kind === 'done';
  return html`<p id="decision-notice" tabindex="-1" class="notice ${done ? '' : 'error'}" role=${done ? 'status' : 'alert'}>
    ${notice.text}
  </p>`;
}

/** The last decision's notice, then the decision being made, or a button for each move allowed. */
export function actionsPanel(context: ActionsPanelContext): TemplateResult {
  const { decision, strings } = context;
  if (!decision) {
    return html`${noticeOf(context.notice)}${actionButtons(context.allowed, strings, context.busy, context.choose)}`;
  }
  return html`${noticeOf(context.notice)}${decisionForm({
    from: context.from,
    decision,
    strings,
    taxonomy: context.taxonomy,
    busy: context.busy,
    change: (patch) => context.change({ ...decision, ...patch }),
    confirm: () => context.confirm(decision),
    back: () => context.change(undefined),
  })}`;
}
