import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type WorkspaceStrings, workspaceStrings } from '../i18n/locales/workspace/index.js';
import type { LocaleController } from './locale-controller.js';

/**
 * The workspace's strings in the language the element's `LocaleController` shows: loaded once that
 * language is, English until then (and for a language the widgets do not ship).
 */
export class WorkspaceLocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly i18n: LocaleController;
  private requested = 'en';
  private loaded: { language: string; strings: WorkspaceStrings } | undefined;

  constructor(host: ReactiveControllerHost, i18n: LocaleController) {
    this.host = host;
    this.i18n = i18n;
    host.addController(this);
  }

  get strings(): WorkspaceStrings {
    return this.loaded?.language === this.i18n.language ? this.loaded.strings : workspaceStrings.english;
  }

  hostUpdate(): void {
    const { language } = this.i18n;
    if (language === this.requested) return;
    this.requested = language;
    const load = (workspaceStrings.loaders as Partial<Record<string, () => Promise<WorkspaceStrings>>>)[language];
    if (!load) return;
    load().then(
      (strings) => {
        if (this.requested !== language) return;
        this.loaded = { language, strings };
        this.host.requestUpdate();
      },
      // A language that fails to load stays in English.
      () => undefined,
    );
  }
}
