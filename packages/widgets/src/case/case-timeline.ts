import type { ReferralEvent } from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkspaceStrings } from '../i18n/locales/workspace/index.js';
import { dateTime } from '../shared/format.js';
import { reasonLabel } from './case-actions.js';

export interface TimelineContext {
  events: readonly ReferralEvent[];
  organisations: ReadonlyMap<string, string>;
  locale: string;
  strings: WorkspaceStrings['case'];
  taxonomy: TaxonomyLabels;
}

function eventItem(event: ReferralEvent, context: TimelineContext): TemplateResult {
  const { strings, taxonomy, organisations, locale } = context;
  const organisationId = event.actor.organisationId;
  const who = organisationId ? (organisations.get(organisationId) ?? organisationId) : strings.timeline.system;
  const status = event.type === 'transitioned' || event.type === 'created' ? taxonomy.referralStatuses[event.to] : '';
  const details = [
    event.reasonCode && `${strings.reason}: ${reasonLabel(taxonomy, event.to, event.reasonCode)}`,
    event.outcome && `${strings.outcome}: ${taxonomy.outcomes[event.outcome]}`,
  ].filter(Boolean);
  return html`<li>
    <p class="meta"><time datetime=${event.at}>${dateTime(locale, event.at)}</time> · ${who}</p>
    <p><strong>${strings.timeline[event.type]}</strong>${status ? html` — ${status}` : nothing}</p>
    ${details.map((line) => html`<p>${line}</p>`)} ${event.reason ? html`<p class="quote">${event.reason}</p>` : nothing}
  </li>`;
}

/** Who did what when, oldest first, with reason codes and outcomes in the reader's language. */
export function timeline(context: TimelineContext): TemplateResult {
  return html`<ol class="timeline" part="timeline">${context.events.map((event) => eventItem(event, context))}</ol>`;
}
