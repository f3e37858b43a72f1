/**
 * The emergency notice: "if you are in danger now", the numbers in service in the country
 * (`helplinesFor`, the one table with its sources) and the member's own helpline. Text and `tel:`
 * links only, built from what the page already has: it never waits for the network.
 */
import { type Helpline, helplinesFor } from '@victim-referral/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';

/** A number the member adds: its own helpline, from an attribute or its directory entry. */
export interface OwnHelpline {
  readonly label: string;
  readonly phone: string;
}

export interface EmergencyNoticeView {
  readonly strings: Strings['safety'];
  /** The country whose numbers to show; none but the member's own without one. */
  readonly country: string | undefined;
  readonly own: readonly OwnHelpline[];
}

/** `+351 21 358 79 00` → `+351213587900`: what a `tel:` link dials. */
export const dialable = (phone: string) => phone.replace(/[^\d+]/g, '');

function numberItem(label: string, dial: string, shown: string): TemplateResult {
  return html`<li>
    <a part="emergency-link" href=${`tel:${dial}`}>${shown}</a>
    <span class="helpline-label">${label}</span>
  </li>`;
}

function standardItem(helpline: Helpline, strings: Strings['safety']): TemplateResult {
  const label = helpline.kind === 'emergency' ? strings.emergencyLabel : strings.victimHelplineLabel;
  return numberItem(label, helpline.number, helpline.display);
}

/** The notice's default content; a member's `slot="emergency"` content replaces it. */
export function emergencyNotice(view: EmergencyNoticeView): TemplateResult {
  const s = view.strings;
  const standard = view.country ? helplinesFor(view.country) : [];
  const numbers = [
    ...standard.map((helpline) => standardItem(helpline, s)),
    ...view.own.map((own) => numberItem(own.label, dialable(own.phone), own.phone)),
  ];
  return html`<aside class="emergency" part="emergency" aria-label=${s.title}>
    <slot name="emergency">
      <h2 class="emergency-title">${s.title}</h2>
      <p>${standard.length > 0 ? s.callNow : s.callLocal}</p>
      ${numbers.length > 0 ? html`<ul class="helplines">${numbers}</ul>` : nothing}
    </slot>
  </aside>`;
}
