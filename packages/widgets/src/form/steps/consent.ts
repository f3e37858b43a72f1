/** Step "Consent": what is shared, with whom and why, withdrawal explained, and explicit agreement. */
import { consentMethods, consentPurposes } from '@victim-referral/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { type Draft, sharedCategories } from '../draft.js';
import { checkboxes, confirmation, radios } from '../fields.js';
import { type FormView, fieldProps } from '../form-view.js';

export function consentStep(view: FormView): TemplateResult {
  const s = view.strings.consent;
  const d = view.draft;
  const receiverName = view.receiver?.name;
  return html`<p>${view.variant(s.intro)}</p>
    <h3>${s.dataShared}</h3>
    <p class="hint">${view.variant(s.dataSharedHint)}</p>
    <ul class="consent-list">
      ${view.choices('sharedDataCategories', sharedCategories(d, view.mode)).map((item) => html`<li>${item.label}</li>`)}
    </ul>
    <h3>${s.sharedWith}</h3>
    <p>
      ${view.mode === 'self' ? s.sharedWithHost : s.sharedWithOrganisation(receiverName ?? view.strings.receiver)}
    </p>
    ${checkboxes({
      ...fieldProps(view, 'purposes'),
      hint: s.purposesHint,
      choices: view.choices(
        'consentPurposes',
        consentPurposes.map((term) => term.code),
      ),
      selected: d.purposes,
      onChange: (value) => view.set('purposes', value),
    })}
    <h3>${s.withdrawal}</h3>
    <p>${view.variant(s.withdrawalText)}</p>
    ${confirmation({
      ...fieldProps(view, 'withdrawalExplained'),
      checked: d.withdrawalExplained,
      onChange: (checked) => view.set('withdrawalExplained', checked),
    })}
    ${
      view.shown('method')
        ? radios({
            ...fieldProps(view, 'method'),
            choices: view.choices(
              'consentMethods',
              consentMethods.map((term) => term.code),
            ),
            selected: d.method,
            onChange: (value) => view.set('method', value as Draft['method']),
          })
        : nothing
    }
    ${confirmation({
      ...fieldProps(view, 'explicit'),
      checked: d.explicit,
      onChange: (checked) => view.set('explicit', checked),
    })}`;
}
