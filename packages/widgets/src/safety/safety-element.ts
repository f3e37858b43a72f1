import { getOrganisation } from '@victim-referral/schemas/routes';
import { css, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { safetyStrings } from '../i18n/locales/safety/index.js';
import { VrApiElement } from '../shared/api-element.js';
import type { StringsPart } from '../shared/locale-controller.js';
import { emergencyNotice, type OwnHelpline } from './emergency-notice.js';

/**
 * An element a victim may read in danger: it shows the emergency notice first, before and
 * without anything from the network. The member can hide it (`emergency="hide"`), replace it
 * (content with `slot="emergency"`) or add its own helpline (`helpline`, or `organisation-id` to
 * take the phone of its directory entry, which is added once the directory answers).
 *
 * @attr emergency - `hide`: no emergency notice (the page shows its own).
 * @attr helpline - The member's own helpline, shown in the emergency notice: `+351 116 006`.
 * @attr helpline-label - What that helpline is called. Default: the organisation's name, else "Our helpline".
 * @slot emergency - Content that replaces the emergency notice's numbers and text.
 * @csspart emergency - The emergency notice ("If you are in danger now").
 * @csspart emergency-link - A phone number in the emergency notice.
 * @cssproperty --vr-emergency-accent - The notice's edge. Default `#d4351c`.
 * @cssproperty --vr-emergency-background - The notice's background. Default `--vr-color-surface-alt`.
 */
export class VrSafetyElement extends VrApiElement {
  protected static override stringParts: readonly StringsPart[] = [safetyStrings];

  static override properties: PropertyDeclarations = {
    country: {},
    emergency: {},
    helpline: {},
    helplineLabel: { attribute: 'helpline-label' },
    organisationId: { attribute: 'organisation-id' },
    directoryHelpline: { state: true },
  };

  /** The country whose emergency numbers are shown: an ISO 3166-1 alpha-2 code such as `PT`. */
  declare country: string | undefined;
  /** `hide`: no emergency notice (the page shows its own). */
  declare emergency: string | undefined;
  /** The member's own helpline, as dialled and shown: `+351 116 006`. */
  declare helpline: string | undefined;
  /** What the member's helpline is called; the organisation's name from the directory otherwise. */
  declare helplineLabel: string | undefined;
  /**
   * The member's own organisation id. Without `helpline`, the phone of its directory entry joins the
   * emergency notice; the form also sends self-referrals to it and seals what it sends to its keys.
   */
  declare organisationId: string | undefined;
  declare private directoryHelpline: OwnHelpline | undefined;

  private helplineLookup = '';

  constructor() {
    super();
    this.country = undefined;
    this.emergency = undefined;
    this.helpline = undefined;
    this.helplineLabel = undefined;
    this.organisationId = undefined;
    this.directoryHelpline = undefined;
  }

  /** The country of the numbers shown; the finder also takes the one its filter is set to. */
  protected emergencyCountry(): string | undefined {
    return this.country?.trim() || undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // After the first render: the notice never waits for this request.
    void this.lookUpDirectoryHelpline();
  }

  private async lookUpDirectoryHelpline(): Promise<void> {
    const transport = this.api.transport;
    const id = this.organisationId?.trim();
    const key = `${id}|${this.apiBase}|${this.publishableKey}`;
    if (!id || !transport || this.helpline || key === this.helplineLookup) return;
    this.helplineLookup = key;
    this.directoryHelpline = undefined;
    try {
      const organisation = await transport(getOrganisation, { params: { id } });
      const phone = organisation.pointOfContact.phone;
      if (this.helplineLookup === key && phone) this.directoryHelpline = { label: organisation.name, phone };
    } catch {
      // The notice stands without it; a later change of settings tries again.
      if (this.helplineLookup === key) this.helplineLookup = '';
    }
  }

  private ownHelplines(): OwnHelpline[] {
    const phone = this.helpline?.trim();
    if (phone) {
      const label =
        this.helplineLabel?.trim() || this.directoryHelpline?.label || this.i18n.strings.safety.ownHelplineLabel;
      return [{ label, phone }];
    }
    return this.directoryHelpline ? [this.directoryHelpline] : [];
  }

  protected renderEmergencyNotice(): TemplateResult | typeof nothing {
    if (this.emergency === 'hide') return nothing;
    return emergencyNotice({
      strings: this.i18n.strings.safety,
      country: this.emergencyCountry(),
      own: this.ownHelplines(),
    });
  }
}

export const emergencyStyles = css`
  .emergency {
    margin-block-end: var(--_space);
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-inline-start: 5px solid var(--vr-emergency-accent, #d4351c);
    background: var(--vr-emergency-background, var(--_surface-alt));
  }
  .emergency-title {
    font-size: 1.2em;
  }
  .emergency p:last-child {
    margin-block-end: 0;
  }
  .helplines {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
  }
  .helpline-label {
    display: block;
  }
  .helplines a {
    font-weight: bold;
    font-size: 1.1em;
  }
`;
