/**
 * Opening sealed cases with the organisation's key file: imported as non-extractable CryptoKeys,
 * kept in memory, and on this device (IndexedDB) only when the point of contact ticks "remember",
 * with a control to forget them again.
 */
import type { SealingPrivateKey } from '@victim-referral/client/sealing';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { WorkspaceStrings } from '../i18n/locales/workspace/index.js';
import type { SealedState } from './case-data.js';
import { forgetKeys, keysFromFile, rememberedKeys, rememberKeys } from './key-store.js';

/** The case element as the key import sees it: its keys, its organisation, its decrypt callback. */
export interface KeyHolder extends ReactiveControllerHost {
  keys: readonly SealingPrivateKey[] | undefined;
  readonly organisationId: string | undefined;
  readonly decrypt: unknown;
}

export class KeyImportController implements ReactiveController {
  /** The keys in use are the ones remembered on this device. */
  remembered = false;
  failed = false;

  constructor(private readonly host: KeyHolder) {
    host.addController(this);
  }

  hostConnected(): void {
    void this.loadRemembered();
  }

  private async loadRemembered(): Promise<void> {
    const { organisationId, keys, decrypt } = this.host;
    if (!organisationId || keys || decrypt) return;
    const remembered = await rememberedKeys(organisationId).catch(() => undefined);
    if (!remembered?.length || this.host.keys) return;
    this.host.keys = remembered;
    this.remembered = true;
  }

  async importFile(file: File | undefined, remember: boolean): Promise<void> {
    const { organisationId } = this.host;
    try {
      if (!file) throw new Error('no file chosen');
      const keys = await keysFromFile(await file.text());
      this.host.keys = keys;
      this.failed = false;
      if (remember && organisationId) {
        await rememberKeys(organisationId, keys);
        this.remembered = true;
      }
    } catch {
      this.failed = true;
    }
    this.host.requestUpdate();
  }

  async forget(): Promise<void> {
    const { organisationId } = this.host;
    if (organisationId) await forgetKeys(organisationId);
    this.host.keys = undefined;
    this.remembered = false;
    this.host.requestUpdate();
  }
}

/** The key file picker while sealed details cannot be opened; "forget" while remembered keys are used. */
export function keyImport(
  controller: KeyImportController,
  strings: WorkspaceStrings['case']['keys'],
  sealed: SealedState,
  hasDecrypt: boolean,
): TemplateResult | typeof nothing {
  if (controller.remembered) {
    return html`<div class="key-import" part="key-import">
      <p>${strings.remembered}</p>
      <button type="button" class="button secondary" part="button" @click=${() => void controller.forget()}>
        ${strings.forget}
      </button>
    </div>`;
  }
  if (hasDecrypt || (sealed.state !== 'need-key' && sealed.state !== 'locked')) return nothing;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const file = form.querySelector<HTMLInputElement>('#key-file')?.files?.[0];
    const remember = form.querySelector<HTMLInputElement>('#key-remember')?.checked ?? false;
    void controller.importFile(file, remember);
  };
  const failed = controller.failed;
  return html`<form class="key-import" part="key-import" novalidate @submit=${submit}>
    <div class="field">
      <label for="key-file">${strings.file}</label>
      <p class="hint" id="key-file-hint">${strings.hint}</p>
      ${failed ? html`<p class="error-message" id="key-file-error">${strings.badFile}</p>` : nothing}
      <input
        type="file"
        id="key-file"
        accept=".json,.jwk,application/json"
        aria-invalid=${failed ? 'true' : 'false'}
        aria-describedby=${failed ? 'key-file-hint key-file-error' : 'key-file-hint'}
      />
    </div>
    <div class="field checkbox">
      <input type="checkbox" id="key-remember" />
      <label for="key-remember">${strings.remember}</label>
    </div>
    <button type="submit" class="button" part="button">${strings.open}</button>
  </form>`;
}
