/** The "near me" controls under the search: the button, what became of the position, the places. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Strings } from '../i18n/locales/index.js';
import { countryName } from '../shared/format.js';
import { type NearMeController, placeKey } from './near-me-controller.js';

function placeSelect(near: NearMeController, s: Strings['finder'], locale: string): TemplateResult {
  if (near.placesStatus === 'loading') return html`<p class="hint">${s.placesLoading}</p>`;
  if (near.placesStatus === 'error') {
    return html`<p class="error-message">${s.placesError}</p>
      <button type="button" class="button secondary" part="button" @click=${() => near.loadPlaces()}>${s.retry}</button>`;
  }
  return html`<div class="field">
    <label class="label" for="near-place">${s.place}</label>
    <select id="near-place" @change=${(event: Event) => near.choosePlace((event.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${near.chosenPlace === ''}>${s.placeNone}</option>
      ${near.places.map((place) => {
        const key = placeKey(place);
        return html`<option value=${key} ?selected=${key === near.chosenPlace}>
          ${place.city}, ${countryName(locale, place.country)}
        </option>`;
      })}
    </select>
  </div>`;
}

export function nearMeControls(near: NearMeController, s: Strings['finder'], locale: string): TemplateResult {
  const status = near.status;
  const message =
    status === 'locating'
      ? s.locating
      : status === 'located'
        ? s.located
        : status === 'denied'
          ? s.locationDenied
          : status === 'unavailable'
            ? s.locationUnavailable
            : '';
  // Towns and cities while the position is asked for, when it was not given, and once one is chosen.
  const offersPlaces =
    status === 'locating' || status === 'denied' || status === 'unavailable' || near.chosenPlace !== '';
  return html`<div class="near-me" part="near-me">
    <div class="near-me-actions">
      <button
        type="button"
        class="button secondary"
        part="button near-me-button"
        aria-describedby="near-me-hint"
        ?disabled=${status === 'locating'}
        @click=${() => void near.locate()}
      >
        ${s.nearMe}
      </button>
      ${
        near.origin
          ? html`<button type="button" class="button secondary" part="button near-me-stop" @click=${() => near.stop()}>
              ${s.nearMeStop}
            </button>`
          : nothing
      }
    </div>
    <p class="hint" id="near-me-hint">${s.nearMeHint}</p>
    <p class="near-me-status" role="status">${message}</p>
    ${offersPlaces ? placeSelect(near, s, locale) : nothing}
  </div>`;
}
