import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import { LitElement, type PropertyDeclarations } from 'lit';
import type { LocaleResource } from '../i18n/locales/index.js';
import { taxonomy } from '../i18n/taxonomy.js';
import type { ClientSettings } from './client.js';
import { FocusController } from './focus-controller.js';
import { LocaleController, type StringsPart } from './locale-controller.js';
import { TransportController } from './transport-controller.js';

/**
 * What the finder and the form share: the API settings every element that calls the API takes,
 * the transport made from them, the language (strings and vocabulary labels), and focus moved
 * after a render.
 */
export class VrApiElement extends LitElement {
  static override properties: PropertyDeclarations = {
    apiBase: { attribute: 'api-base' },
    publishableKey: { attribute: 'publishable-key' },
  };

  /** Base URL of the referral API, e.g. `https://api.example.org`. */
  declare apiBase: string | undefined;
  /** The member's publishable key (`pk_…`): it may read the directory and send self-referrals. */
  declare publishableKey: string | undefined;

  /** The parts of the widgets' strings the element shows (`finderStrings`, …), loaded in its language. */
  protected static stringParts: readonly StringsPart[] = [];
  /** The vocabularies' labels the element shows: every vocabulary's, unless it shows fewer. */
  protected static labels: LocaleResource<Partial<TaxonomyLabels>> = taxonomy;

  protected readonly i18n = new LocaleController(
    this,
    (this.constructor as typeof VrApiElement).stringParts,
    (this.constructor as typeof VrApiElement).labels,
  );
  protected readonly api = new TransportController(this, () => this.clientSettings());
  protected readonly focusAfterRender = new FocusController(this);

  constructor() {
    super();
    this.apiBase = undefined;
    this.publishableKey = undefined;
  }

  /** The settings the transport is made from; an element with more credentials adds them. */
  protected clientSettings(): ClientSettings {
    return { apiBase: this.apiBase, publishableKey: this.publishableKey };
  }
}
