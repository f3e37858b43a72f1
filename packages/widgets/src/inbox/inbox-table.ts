import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { html, nothing, type TemplateResult } from 'lit';
import type { WorkspaceStrings } from '../i18n/locales/workspace/index.js';
import { deadlineOf, isUrgent, timeUntil } from '../shared/deadline.js';
import { dateTime, relativeTime } from '../shared/format.js';
import type { Box, InboxRow } from './boxes.js';

export interface InboxTableContext {
  box: Box;
  rows: readonly InboxRow[];
  now: number;
  locale: string;
  strings: WorkspaceStrings['inbox'];
  taxonomy: TaxonomyLabels;
  organisations: ReadonlyMap<string, string>;
  openedId: string | undefined;
  open: (row: InboxRow) => void;
}

/** The answer column: how long is left (or how late it is) when it matters, else the deadline or "answered". */
function answerCell(row: InboxRow, context: InboxTableContext): TemplateResult {
  const { now, locale, strings } = context;
  const deadline = deadlineOf(row, now);
  if (deadline === 'answered') return html`<span class="muted">${strings.answered}</span>`;
  const when = relativeTime(locale, ...timeUntil(row.responseDueAt, now));
  if (deadline === 'overdue') return html`<span class="flag overdue">${strings.overdue(when)}</span>`;
  if (deadline === 'due-soon' || isUrgent(row.priority))
    return html`<span class="flag due-soon">${strings.dueSoon(when)}</span>`;
  return html`<time datetime=${row.responseDueAt}>${dateTime(locale, row.responseDueAt)}</time>`;
}

function rowTemplate(row: InboxRow, context: InboxTableContext): TemplateResult {
  const { box, taxonomy, organisations, locale } = context;
  const other = box === 'inbox' ? row.referringOrganisationId : row.receivingOrganisationId;
  const sent = row.sentAt ?? row.createdAt;
  return html`<tr data-referral-id=${row.id}>
    <th scope="row">
      <button
        type="button"
        class="link open"
        part="open-button"
        aria-current=${context.openedId === row.id ? 'true' : nothing}
        @click=${() => context.open(row)}
      >
        ${row.reference}
      </button>
    </th>
    <td>${organisations.get(other) ?? other}</td>
    <td>
      <span class=${isUrgent(row.priority) ? 'flag priority' : ''}>${taxonomy.priorities[row.priority]}</span>
    </td>
    <td>${taxonomy.referralStatuses[row.status]}</td>
    <td>${answerCell(row, context)}</td>
    <td><time datetime=${sent}>${dateTime(locale, sent)}</time></td>
  </tr>`;
}

/** Up and Down move between the rows' open buttons, as in a list. */
function moveBetweenRows(event: KeyboardEvent): void {
  if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
  const current = (event.target as HTMLElement).closest('tr');
  const next = event.key === 'ArrowDown' ? current?.nextElementSibling : current?.previousElementSibling;
  const button = next?.querySelector<HTMLButtonElement>('button.open');
  if (!button) return;
  event.preventDefault();
  button.focus();
}

/** The referrals of one box as a table: one row per referral, its reference opening it. */
export function inboxTable(context: InboxTableContext): TemplateResult {
  const { strings, box } = context;
  // A data table keeps its columns on a narrow screen: it scrolls sideways in its own focusable region.
  return html`<div class="table-scroll" role="region" aria-label=${strings.caption[box]} tabindex="0">
    <table part="table">
    <caption>${strings.caption[box]}</caption>
    <thead>
      <tr>
        <th scope="col">${strings.reference}</th>
        <th scope="col">${box === 'inbox' ? strings.from : strings.to}</th>
        <th scope="col">${strings.priority}</th>
        <th scope="col">${strings.status}</th>
        <th scope="col">${strings.due}</th>
        <th scope="col">${strings.sent}</th>
      </tr>
    </thead>
    <tbody @keydown=${moveBetweenRows}>
      ${context.rows.map((row) => rowTemplate(row, context))}
    </tbody>
  </table>
  </div>`;
}
