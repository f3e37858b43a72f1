import type { PropertyDeclarations } from 'lit';
import { finderStrings } from '../i18n/locales/finder/index.js';
import { formStrings } from '../i18n/locales/form/index.js';
import { safetyStrings } from '../i18n/locales/safety/index.js';
import { statusStrings } from '../i18n/locales/status/index.js';
import { VrApiElement } from './api-element.js';
import type { ClientSettings } from './client.js';

/** A point of contact's token, or a function that fetches a fresh one (from the member's backend). */
export type ContactToken = string | (() => Promise<string>);

/**
 * An element of a point of contact's workspace: it calls the API with the organisation's contact
 * token, given as a property only (an attribute would sit in the page's HTML).
 */
export class VrContactElement extends VrApiElement {
  static override properties: PropertyDeclarations = {
    ...VrApiElement.properties,
    token: { attribute: false },
  };

  // The workspace shows a referral's answers with the form's words and its status with the status element's.
  protected static override stringParts = [finderStrings, formStrings, statusStrings, safetyStrings];

  /**
   * The contact token (`ct_…`), or an async function returning one, called before every request
   * so the member's backend can hand out short-lived tokens after its own sign-in. Property only.
   */
  declare token: ContactToken | undefined;

  constructor() {
    super();
    this.token = undefined;
  }

  protected override clientSettings(): ClientSettings {
    const { token } = this;
    return {
      apiBase: this.apiBase,
      ...(typeof token === 'function' ? { tokenProvider: token } : { token }),
    };
  }
}
