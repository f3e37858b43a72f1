import type { Referral } from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkspaceStrings } from '../i18n/locales/workspace/index.js';
import { deadlineOf, isUrgent, timeUntil } from '../shared/deadline.js';
import { dateTime, relativeTime } from '../shared/format.js';
import { reasonLabel } from './case-actions.js';

export interface SummaryContext {
  referral: Referral;
  organisations: ReadonlyMap<string, string>;
  now: number;
  locale: string;
  strings: WorkspaceStrings['case'];
  flags: WorkspaceStrings['inbox'];
  taxonomy: TaxonomyLabels;
}

/** The answer deadline, flagged with the time left (or how late it is) while unanswered, as in the inbox. */
function answer(context: SummaryContext): TemplateResult {
  const { referral, now, locale, flags } = context;
  const deadline = deadlineOf(referral, now);
  const due = html`<time datetime=${referral.responseDueAt}>${dateTime(locale, referral.responseDueAt)}</time>`;
  if (deadline === 'answered') return due;
  const when = relativeTime(locale, ...timeUntil(referral.responseDueAt, now));
  if (deadline === 'overdue') return html`<span class="flag overdue">${flags.overdue(when)}</span> ${due}`;
  if (deadline === 'due-soon' || isUrgent(referral.priority)) {
    return html`<span class="flag due-soon">${flags.dueSoon(when)}</span> ${due}`;
  }
  return due;
}

/** Who referred the case to whom and when, its priority, status and time left, and why it stands where it does. */
export function summary(context: SummaryContext): TemplateResult {
  const { referral, organisations, strings, taxonomy, locale } = context;
  const name = (id: string) => organisations.get(id) ?? id;
  const sent = referral.sentAt ?? referral.createdAt;
  return html`<dl class="summary" part="summary">
      <dt>${strings.referredBy}</dt>
      <dd>${name(referral.referringOrganisationId)}</dd>
      <dt>${strings.referredTo}</dt>
      <dd>${name(referral.receivingOrganisationId)}</dd>
      <dt>${strings.sentAt}</dt>
      <dd><time datetime=${sent}>${dateTime(locale, sent)}</time></dd>
      <dt>${strings.priority}</dt>
      <dd><span class=${isUrgent(referral.priority) ? 'flag priority' : ''}>${taxonomy.priorities[referral.priority]}</span></dd>
      <dt>${strings.status}</dt>
      <dd>${taxonomy.referralStatuses[referral.status]}</dd>
      <dt>${strings.due}</dt>
      <dd>${answer(context)}</dd>
      ${
        referral.statusReasonCode
          ? html`<dt>${strings.reason}</dt>
            <dd>
              ${reasonLabel(taxonomy, referral.status, referral.statusReasonCode)}${
                referral.statusReason ? html`: ${referral.statusReason}` : nothing
              }
            </dd>`
          : nothing
      }
      ${referral.outcome ? html`<dt>${strings.outcome}</dt><dd>${taxonomy.outcomes[referral.outcome]}</dd>` : nothing}
    </dl>
    ${referral.basedOn ? html`<p class="muted">${strings.basedOn}</p>` : nothing}`;
}
