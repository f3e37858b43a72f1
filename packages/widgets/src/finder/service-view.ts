/** How one service reads: the card in the results and the detail view, as Lit templates of text only. */
import { type Organisation, openingState, type Service } from '@victim-referral/schemas';
import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import {
  countryName,
  date,
  languageName,
  list,
  safeWebUrl,
  timeIn,
  wallTime,
  weekdayTimeIn,
} from '../shared/format.js';
import { formatDistance, type Point, serviceDistanceKm } from './near-me.js';

export interface ServiceViewContext {
  readonly strings: Strings;
  readonly taxonomy: TaxonomyLabels;
  readonly locale: string;
  readonly now: Date;
  readonly organisation: Organisation | undefined;
  /** The rounded point results are sorted by ("near me"), if any. */
  readonly origin?: Point | undefined;
}

function row(label: string, value: unknown): TemplateResult {
  return html`<div class="row"><dt>${label}</dt><dd>${value}</dd></div>`;
}

function openingText(service: Service, { strings, locale, now }: ServiceViewContext): string {
  const s = strings.service;
  const hours = service.openingHours;
  const state = openingState(hours, now);
  switch (state.kind) {
    case 'always':
      return s.alwaysOpen;
    case 'open':
      return s.openUntil(timeIn(locale, state.closesAt, hours.timeZone));
    case 'closed':
      return s.opensAt(weekdayTimeIn(locale, state.opensAt, hours.timeZone));
    default:
      return s.noOpeningTimes;
  }
}

/** A paused service (`acceptingReferrals: false`) is shown, but cannot be chosen for a referral. */
export const canBeChosen = (service: Service) => service.acceptingReferrals !== false;

function capacityText(service: Service, { strings, taxonomy, locale }: ServiceViewContext): string {
  const s = strings.service;
  const { status, waitingDays, available, maximum, updatedAt } = service.capacity;
  const parts = [taxonomy.capacityStatuses[status]];
  if (status === 'waiting-list' && waitingDays !== undefined) parts.push(s.waitingDays(waitingDays));
  if (available !== undefined) parts.push(s.placesFree(available));
  if (maximum !== undefined) parts.push(s.placesInAll(maximum));
  parts.push(s.capacityUpdated(date(locale, updatedAt)));
  return parts.join(' · ');
}

function contactLinks(service: Service, { strings }: ServiceViewContext): TemplateResult | typeof nothing {
  const s = strings.service;
  const { phone, email, website, chatUrl } = service.contact;
  const web = safeWebUrl(website);
  const chat = safeWebUrl(chatUrl);
  const links = [
    phone ? html`<li>${s.phone}: <a part="link" href=${`tel:${phone}`}>${phone}</a></li>` : nothing,
    email ? html`<li>${s.email}: <a part="link" href=${`mailto:${email}`}>${email}</a></li>` : nothing,
    web
      ? html`<li><a part="link" href=${web} rel="noopener noreferrer" target="_blank">${s.website}</a></li>`
      : nothing,
    chat ? html`<li><a part="link" href=${chat} rel="noopener noreferrer" target="_blank">${s.chat}</a></li>` : nothing,
  ];
  return phone || email || web || chat ? html`<ul class="contact">${links}</ul>` : nothing;
}

function labels<V extends keyof TaxonomyLabels>(
  taxonomy: TaxonomyLabels,
  vocabulary: V,
  codes: readonly string[],
  locale: string,
): string {
  const names = taxonomy[vocabulary] as Record<string, string>;
  return list(
    locale,
    codes.map((code) => names[code] ?? code),
  );
}

function badges(service: Service, { strings }: ServiceViewContext): TemplateResult {
  const s = strings.service;
  return html`<p class="badges">
    ${canBeChosen(service) ? nothing : html`<span class="badge paused" part="badge paused-badge">${s.paused}</span>`}
    ${service.freeOfCharge ? html`<span class="badge" part="badge">${s.freeOfCharge}</span>` : nothing}
    ${service.confidential ? html`<span class="badge" part="badge">${s.confidential}</span>` : nothing}
  </p>`;
}

/** The facts a victim compares services by, shared by the card and the detail view. */
function keyFacts(service: Service, context: ServiceViewContext): TemplateResult {
  const { strings, taxonomy, locale, organisation } = context;
  const s = strings.service;
  const country = organisation?.country ?? service.serviceArea.countries[0];
  const contact = contactLinks(service, context);
  const distance = context.origin && serviceDistanceKm(service, context.origin);
  return html`
    ${distance === undefined ? nothing : row(s.distance, formatDistance(locale, distance))}
    ${organisation ? row(s.organisation, organisation.name) : nothing}
    ${country ? row(s.country, countryName(locale, country)) : nothing}
    ${row(
      s.languages,
      list(
        locale,
        service.languages.map((tag) => languageName(locale, tag)),
      ),
    )}
    ${row(s.delivery, labels(taxonomy, 'deliveryModes', service.deliveryModes, locale))}
    ${row(s.hours, openingText(service, context))}
    ${row(s.capacity, capacityText(service, context))}
    ${contact === nothing ? nothing : row(s.contact, contact)}
  `;
}

/** "Choose this service", or for a paused service the same button disabled, with the reason beside it. */
function selectButton(service: Service, { strings }: ServiceViewContext, describedBy: string, onSelect: () => void) {
  const s = strings.service;
  if (canBeChosen(service)) {
    return html`<button type="button" class="button" part="button select-button" aria-describedby=${describedBy} @click=${onSelect}>
      ${s.select}
    </button>`;
  }
  const reasonId = `paused-${service.id}`;
  return html`<button type="button" class="button" part="button select-button" disabled aria-describedby=${`${describedBy} ${reasonId}`}>
      ${s.select}
    </button>
    <p class="hint paused-reason" id=${reasonId}>${s.pausedReason}</p>`;
}

export function serviceCard(
  service: Service,
  context: ServiceViewContext,
  actions: { onDetails: (event: Event) => void; onSelect: () => void },
): TemplateResult {
  const s = context.strings.service;
  const nameId = `service-${service.id}`;
  return html`<article class="card" part="card" aria-labelledby=${nameId} tabindex="-1" data-service-id=${service.id}>
    <h3 id=${nameId} part="card-title">${service.name}</h3>
    ${badges(service, context)}
    <dl>${keyFacts(service, context)}</dl>
    <div class="actions">
      <button type="button" class="button secondary" part="button details-button" aria-describedby=${nameId} @click=${actions.onDetails}>
        ${s.showDetails}
      </button>
      ${selectButton(service, context, nameId, actions.onSelect)}
    </div>
  </article>`;
}

function weeklyHours(service: Service, { strings, taxonomy, locale }: ServiceViewContext): TemplateResult {
  const s = strings.service;
  const hours = service.openingHours;
  if (hours.alwaysOpen) return html`<p>${s.alwaysOpen}</p>`;
  const days = Object.entries(taxonomy.weekdays) as [keyof typeof taxonomy.weekdays, string][];
  return html`<dl class="hours">
      ${days.map(([day, name]) => {
        const periods = hours.periods.filter((period) => period.day === day);
        return row(
          name,
          periods.length === 0
            ? s.closedAllDay
            : periods.map((p) => `${wallTime(locale, p.opens)}–${wallTime(locale, p.closes)}`).join(', '),
        );
      })}
    </dl>
    <p class="hint">${s.timeZoneNote(hours.timeZone)}</p>
    ${hours.notes ? html`<p>${hours.notes}</p>` : nothing}`;
}

export function serviceDetail(
  service: Service,
  context: ServiceViewContext,
  actions: { onBack: () => void; onSelect: () => void },
): TemplateResult {
  const { strings, taxonomy, locale } = context;
  const s = strings.service;
  const eligibility = service.eligibility;
  const ages =
    eligibility && (eligibility.minimumAge !== undefined || eligibility.maximumAge !== undefined)
      ? s.ages(eligibility.minimumAge, eligibility.maximumAge)
      : undefined;
  const area = [
    list(
      locale,
      service.serviceArea.countries.map((code) => countryName(locale, code)),
    ),
    ...(service.serviceArea.regions ?? []),
  ].join(' · ');
  return html`<section class="detail" part="detail" aria-labelledby="detail-title">
    <button type="button" class="link back" part="back-button" @click=${actions.onBack}>${s.back}</button>
    <h3 id="detail-title" part="detail-title" tabindex="-1">${service.name}</h3>
    ${badges(service, context)}
    ${service.description ? html`<h4>${s.about}</h4><p class="description">${service.description}</p>` : nothing}
    <dl>
      ${keyFacts(service, context)}
      ${row(s.assistance, labels(taxonomy, 'formsOfAssistance', service.assistance, locale))}
      ${row(s.victimTypes, labels(taxonomy, 'victimTypes', service.victimTypes, locale))}
      ${row(s.accessRoutes, labels(taxonomy, 'accessRoutes', service.accessRoutes, locale))}
      ${row(s.serviceArea, area)}
      ${
        ages || eligibility?.description
          ? row(s.eligibility, [ages, eligibility?.description].filter(Boolean).join('. '))
          : nothing
      }
      ${
        service.accessibility.length > 0
          ? row(s.accessibility, labels(taxonomy, 'accessibilityFeatures', service.accessibility, locale))
          : nothing
      }
    </dl>
    ${
      service.locations.length > 0
        ? html`<h4>${s.locations}</h4>
            <ul class="locations">
              ${service.locations.map(
                (place) =>
                  html`<li>
                    ${place.name ? html`<strong>${place.name}</strong><br />` : nothing}
                    ${[place.address.street, place.address.postalCode, place.address.city, place.address.region]
                      .filter(Boolean)
                      .join(', ')},
                    ${countryName(locale, place.address.country)}
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    <h4>${s.hours}</h4>
    ${weeklyHours(service, context)}
    <div class="actions">
      ${selectButton(service, context, 'detail-title', actions.onSelect)}
      <button type="button" class="button secondary" part="button back-button" @click=${actions.onBack}>${s.back}</button>
    </div>
  </section>`;
}
