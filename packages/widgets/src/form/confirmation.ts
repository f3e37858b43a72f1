/**
 * What the referral form keeps after sending — only what its confirmation shows — and the
 * confirmation itself. A self-referral's answer carries, once, the victim's follow-up reference and
 * secret: shown here to be written down, never copied, stored, logged or put in an event, and
 * dropped from memory as soon as it is hidden, the confirmation is left or the page goes.
 */
import type { FollowUpCredentials, Referral } from '@victim-referral/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import type { FormMode } from './draft.js';

type SuccessStrings = Strings['form']['success'];

export interface Confirmation {
  readonly reference: string;
  readonly responseDueAt: string;
  /** Whether the victim agreed to be contacted. */
  readonly contacted: boolean;
  /** The follow-up credentials while shown; `forgotten` once the secret has been dropped. */
  readonly followUp: FollowUpCredentials | 'forgotten' | undefined;
}

export function confirmationOf(referral: Referral, contacted: boolean): Confirmation {
  return {
    reference: referral.reference,
    responseDueAt: referral.responseDueAt,
    contacted,
    followUp: referral.followUp && { reference: referral.followUp.reference, secret: referral.followUp.secret },
  };
}

/** The confirmation without the follow-up secret (unchanged when it holds none). */
export function withoutSecret(confirmation: Confirmation): Confirmation {
  return typeof confirmation.followUp === 'object' ? { ...confirmation, followUp: 'forgotten' } : confirmation;
}

/** The secret in groups of four, easier to copy by hand; the status element ignores the spaces. */
function grouped(secret: string): string {
  return secret.match(/.{1,4}/g)?.join(' ') ?? secret;
}

function followUpNotice(
  followUp: Confirmation['followUp'],
  s: SuccessStrings['followUp'],
  onHide: () => void,
): TemplateResult | typeof nothing {
  if (followUp === undefined) return nothing;
  if (followUp === 'forgotten') return html`<p class="notice" part="follow-up">${s.hidden}</p>`;
  return html`<section class="notice follow-up" part="follow-up" aria-labelledby="follow-up-title">
    <h3 id="follow-up-title">${s.title}</h3>
    <p>${s.text}</p>
    <dl class="summary" translate="no">
      <div class="row"><dt>${s.reference}</dt><dd class="credential">${followUp.reference}</dd></div>
      <div class="row">
        <dt>${s.secret}</dt>
        <dd class="credential" part="follow-up-secret">${grouped(followUp.secret)}</dd>
      </div>
    </dl>
    <p><strong>${s.advice}</strong></p>
    <button type="button" class="button secondary" part="button" @click=${onHide}>${s.hide}</button>
  </section>`;
}

/** The confirmation with the referral's reference, what happens next, and a victim's follow-up secret. */
export function confirmationPanel(
  confirmation: Confirmation,
  view: { strings: SuccessStrings; mode: FormMode; dateTime: (value: string) => string; onHideSecret: () => void },
): TemplateResult {
  const s = view.strings;
  const next =
    view.mode === 'professional'
      ? s.nextProfessional(view.dateTime(confirmation.responseDueAt))
      : confirmation.contacted
        ? s.nextContact
        : s.nextNoContact;
  return html`<div part="success">
    <div class="panel">
      <h2 id="success-title" tabindex="-1">${s.title[view.mode]}</h2>
      <p>${s.reference}<span class="reference" part="reference">${confirmation.reference}</span></p>
    </div>
    <p>${next}</p>
    ${followUpNotice(confirmation.followUp, s.followUp, view.onHideSecret)}
  </div>`;
}
