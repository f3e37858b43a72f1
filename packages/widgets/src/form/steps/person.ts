/** Step "About you" / "About the person": name, languages, age group, and whether and how to make contact. */
import { type ContactMethod, contactMethods } from '@victim-referral/schemas';
import { html, nothing, type TemplateResult } from 'lit';
import { supportedLocales } from '../../i18n/locales/index.js';
import { languageName } from '../../shared/format.js';
import type { Draft } from '../draft.js';
import { checkboxes, confirmation, radios, textField } from '../fields.js';
import { type FormView, fieldProps } from '../form-view.js';

const ageGroups = ['', 'child', 'adult', 'older-adult'] as const;

/** The service's languages, the form's, every shipped one, and any already chosen. */
export function languageChoices(view: FormView) {
  const tags = new Set([
    ...(view.service?.languages ?? []),
    view.language,
    ...supportedLocales,
    ...view.draft.languages,
  ]);
  return [...tags].map((tag) => ({ value: tag, label: languageName(view.locale, tag) }));
}

function contactChannels(view: FormView): TemplateResult {
  const s = view.strings.person;
  const d = view.draft;
  return html`${checkboxes<ContactMethod>({
    ...fieldProps(view, 'channels'),
    hint: s.channelsHint,
    choices: view.choices(
      'contactMethods',
      contactMethods.map((term) => term.code),
    ),
    selected: d.channels,
    onChange: (value) => view.set('channels', value),
  })}
  ${
    view.shown('phone')
      ? textField({
          ...fieldProps(view, 'phone'),
          hint: s.phoneHint,
          type: 'tel',
          autocomplete: 'off',
          value: d.phone,
          onInput: (value) => view.set('phone', value),
        })
      : nothing
  }
  ${
    view.shown('app')
      ? textField({ ...fieldProps(view, 'app', true), value: d.app, onInput: (value) => view.set('app', value) })
      : nothing
  }
  ${
    view.shown('email')
      ? textField({
          ...fieldProps(view, 'email'),
          type: 'email',
          autocomplete: 'off',
          spellcheck: false,
          value: d.email,
          onInput: (value) => view.set('email', value),
        })
      : nothing
  }
  ${textField({
    ...fieldProps(view, 'safeTimes', true),
    hint: s.safeTimesHint,
    value: d.safeTimes,
    onInput: (value) => view.set('safeTimes', value),
  })}
  ${confirmation({
    id: 'f-mayLeaveMessage',
    label: view.label('mayLeaveMessage'),
    checked: d.mayLeaveMessage,
    onChange: (checked) => view.set('mayLeaveMessage', checked),
  })}`;
}

export function personStep(view: FormView): TemplateResult {
  const s = view.strings.person;
  const d = view.draft;
  return html`${textField({
    ...fieldProps(view, 'name'),
    hint: view.variant(s.nameHint),
    value: d.name,
    onInput: (value) => view.set('name', value),
  })}
  ${checkboxes({
    ...fieldProps(view, 'languages'),
    hint: s.languagesHint,
    choices: languageChoices(view),
    selected: d.languages,
    onChange: (value) => view.set('languages', value),
  })}
  <div class="field">
    <label class="label" for="f-ageGroup">${view.optional(view.label('ageGroup'))}</label>
    <select
      id="f-ageGroup"
      @change=${(event: Event) => view.set('ageGroup', (event.target as HTMLSelectElement).value as Draft['ageGroup'])}
    >
      ${ageGroups.map(
        (group) =>
          html`<option value=${group} ?selected=${d.ageGroup === group}>${s.ageGroups[group || 'unspecified']}</option>`,
      )}
    </select>
  </div>
  ${radios({
    ...fieldProps(view, 'contactKind'),
    choices: [
      { value: 'safe-contact', label: view.variant(s.contactSafe) },
      { value: 'do-not-contact', label: view.variant(s.contactNone), hint: view.variant(s.contactNoneHint) },
    ],
    selected: d.contactKind,
    onChange: (value) => view.set('contactKind', value as Draft['contactKind']),
    reveal: {
      'safe-contact': contactChannels(view),
      'do-not-contact': textField({
        ...fieldProps(view, 'doNotContactNotes', true),
        value: d.doNotContactNotes,
        multiline: true,
        onInput: (value) => view.set('doNotContactNotes', value),
      }),
    },
  })}`;
}
