import type { Referral, SafeContactChannel } from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import type { WorkspaceStrings } from '../i18n/locales/workspace/index.js';
import { countryName, date, dateTime, languageName, list } from '../shared/format.js';
import type { SealedState } from './case-data.js';

export interface DetailsContext {
  referral: Referral;
  sealed: SealedState;
  locale: string;
  strings: WorkspaceStrings['case'];
  common: Strings;
  taxonomy: TaxonomyLabels;
}

type Row = [label: string, value: TemplateResult | string | undefined];

/** A definition list of the rows that have a value. */
function rows(entries: readonly Row[]): TemplateResult | typeof nothing {
  const shown = entries.filter(([, value]) => value !== undefined && value !== '');
  if (shown.length === 0) return nothing;
  return html`<dl>${shown.map(([label, value]) => html`<dt>${label}</dt><dd>${value}</dd>`)}</dl>`;
}

function labels<V extends keyof TaxonomyLabels>(
  context: DetailsContext,
  vocabulary: V,
  codes: readonly string[],
): string {
  const names = context.taxonomy[vocabulary] as Record<string, string>;
  return list(
    context.locale,
    codes.map((code) => names[code] ?? code),
  );
}

function yesNo(context: DetailsContext, value: boolean | undefined): string | undefined {
  if (value === undefined) return undefined;
  return value ? context.common.form.review.yes : context.common.form.review.no;
}

function channel(context: DetailsContext, way: SafeContactChannel): string {
  const method = (context.taxonomy.contactMethods as Record<string, string>)[way.method] ?? way.method;
  const address = way.method === 'email' ? way.email : way.phone;
  return `${method}: ${address}${way.method === 'messaging-app' && way.app ? ` (${way.app})` : ''}`;
}

/** Consent first and prominent: what may be shared, for what, and how (or whether) to reach the person. */
export function consentSection(context: DetailsContext): TemplateResult {
  const { referral, strings } = context;
  const { consent, victim } = referral;
  const contact = victim?.contact;
  return html`<section class="consent" aria-labelledby="consent-title">
    <h3 id="consent-title">${strings.sections.consent}</h3>
    ${
      contact?.kind === 'do-not-contact'
        ? html`<p class="notice warning" part="do-not-contact"><strong>${strings.consent.doNotContact}</strong>
          ${contact.notes ? html`<br />${contact.notes}` : nothing}</p>`
        : nothing
    }
    ${rows([
      [strings.consent.dataShared, labels(context, 'sharedDataCategories', consent.dataShared)],
      [strings.consent.purposes, labels(context, 'consentPurposes', consent.purposes)],
      [strings.consent.recordedAt, dateTime(context.locale, consent.recordedAt)],
      ...(contact?.kind === 'safe-contact'
        ? ([
            [
              strings.consent.channels,
              html`${contact.channels.map((way) => html`<span class="line">${channel(context, way)}</span>`)}`,
            ],
            [strings.consent.safeTimes, contact.safeTimes],
          ] satisfies Row[])
        : []),
    ])}
    ${
      contact?.kind === 'safe-contact'
        ? html`<p>${contact.mayLeaveMessage ? strings.consent.mayLeaveMessage : strings.consent.noMessage}</p>`
        : nothing
    }
  </section>`;
}

/** Why the person's details are not shown: nothing given to open them, or keys that do not fit. */
function sealedNotice(context: DetailsContext): TemplateResult | typeof nothing {
  const { sealed, strings, locale } = context;
  if (sealed.state === 'need-key') return html`<p class="notice" part="sealed-notice">${strings.sealed.needKey}</p>`;
  if (sealed.state !== 'locked') return nothing;
  const hint =
    sealed.triedKids.length > 0
      ? strings.sealed.keysTried(list(locale, sealed.triedKids))
      : sealed.recipientKids.length > 0
        ? strings.sealed.noKeyMatches(list(locale, sealed.recipientKids))
        : '';
  return html`<div class="notice" part="sealed-notice"><p>${strings.sealed.locked}</p>${hint ? html`<p>${hint}</p>` : nothing}</div>`;
}

/** The person and their story, as opened from the sealed payload (or as sent in clear). */
export function personSection(context: DetailsContext): TemplateResult {
  const { referral, strings, locale, common } = context;
  const { victim } = referral;
  if (referral.erasedAt) {
    return html`<section aria-labelledby="person-title"><h3 id="person-title">${strings.sections.person}</h3><p class="notice">${strings.erased}</p></section>`;
  }
  return html`<section aria-labelledby="person-title">
    <h3 id="person-title">${strings.sections.person}</h3>
    ${sealedNotice(context)}
    ${
      victim
        ? rows([
            [strings.person.name, victim.name],
            [
              strings.person.languages,
              list(
                locale,
                victim.languages.map((tag) => languageName(locale, tag)),
              ),
            ],
            [strings.person.ageGroup, victim.ageGroup && common.form.person.ageGroups[victim.ageGroup]],
          ])
        : nothing
    }
    ${
      referral.caseSummary
        ? html`<h4>${strings.sections.story}</h4><p class="story">${referral.caseSummary}</p>`
        : nothing
    }
  </section>`;
}

/** The cross-border file, the needs and the individual assessment. */
export function caseFileSections(context: DetailsContext): TemplateResult {
  const { referral, strings, locale } = context;
  const { crossBorder: border, needs, assessment } = referral;
  const country = (code: string | undefined) => code && countryName(locale, code);
  const c = strings.crossBorder;
  return html`${
    border
      ? html`<section aria-labelledby="border-title">
          <h3 id="border-title">${strings.sections.crossBorder}</h3>
          ${rows([
            [c.crimeCountry, country(border.crimeCountry)],
            [c.crimePlace, border.crimePlace],
            [c.residenceCountry, country(border.residenceCountry)],
            [c.currentCountry, country(border.currentCountry)],
            [c.returnDate, border.returnDate && date(locale, border.returnDate)],
            [
              c.police,
              border.police &&
                [yesNo(context, border.police.reported), country(border.police.country)].filter(Boolean).join(', '),
            ],
            [c.policeReference, border.police?.reference],
            [
              c.proceedings,
              border.proceedings &&
                [context.taxonomy.proceedingsStages[border.proceedings.stage], country(border.proceedings.country)]
                  .filter(Boolean)
                  .join(', '),
            ],
            [c.interpreterNeeded, yesNo(context, border.interpreterNeeded)],
            [c.contactLanguage, border.contactLanguage && languageName(locale, border.contactLanguage)],
          ])}
        </section>`
      : nothing
  }
    <section aria-labelledby="needs-title">
      <h3 id="needs-title">${strings.sections.needs}</h3>
      ${rows([
        [strings.needs.assistance, labels(context, 'formsOfAssistance', needs.assistance)],
        [strings.needs.victimTypes, labels(context, 'victimTypes', needs.victimTypes)],
        [strings.needs.notes, needs.notes],
      ])}
    </section>
    ${
      assessment
        ? html`<section aria-labelledby="assessment-title">
          <h3 id="assessment-title">${strings.sections.assessment}</h3>
          ${rows([
            [strings.assessment.riskLevel, context.taxonomy.riskLevels[assessment.riskLevel]],
            [strings.assessment.protectionNeeds, labels(context, 'protectionNeeds', assessment.protectionNeeds)],
            [strings.assessment.assessedAt, dateTime(locale, assessment.assessedAt)],
            [strings.assessment.notes, assessment.notes],
          ])}
        </section>`
        : nothing
    }`;
}
