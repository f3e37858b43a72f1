import type { TaxonomyLabels } from '@victim-referral/schemas/labels';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocaleResource, Strings } from '../i18n/locales/index.js';
import { directionOf, languageOf, localeOf, observeLang } from './lang.js';

function loaderFor<T>(resource: LocaleResource<T>, language: string): (() => Promise<T>) | undefined {
  return (resource.loaders as Partial<Record<string, () => Promise<T>>>)[language];
}

/** A part of the widgets' strings (`finderStrings`, `formStrings`, …): an element loads the parts it shows. */
export type StringsPart = LocaleResource<Partial<Strings>>;

/**
 * Resolves an element's locale — its own `lang`, the nearest ancestor's, `<html lang>`, then the
 * browser's — loads that language's parts of the strings the element shows (and the vocabularies'
 * labels, when given), shows English until they arrive or when the language is not shipped, and
 * re-renders the host when any of those `lang` attributes change. `strings` holds only the parts
 * the element was given: a page with the finder never fetches the form's strings.
 */
export class LocaleController implements ReactiveController {
  private readonly host: ReactiveControllerHost & HTMLElement;
  private readonly parts: readonly StringsPart[];
  private readonly english: Strings;
  private readonly taxonomyResource: LocaleResource<Partial<TaxonomyLabels>> | undefined;
  private observer: MutationObserver | undefined;
  private requested = '';
  private loaded: { language: string; strings: Strings; taxonomy: Partial<TaxonomyLabels> | undefined } | undefined;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    parts: readonly StringsPart[],
    taxonomy?: LocaleResource<Partial<TaxonomyLabels>>,
  ) {
    this.host = host;
    this.parts = parts;
    this.english = Object.assign({}, ...parts.map((part) => part.english));
    this.taxonomyResource = taxonomy;
    host.addController(this);
  }

  /** The BCP 47 tag to format with: the resolved one, or `en` while English stands in for it. */
  get locale(): string {
    if (this.loaded) return this.requested;
    return this.requested.split('-')[0] === 'en' ? this.requested : 'en';
  }

  /** The language of the strings being shown. */
  get language(): string {
    return this.loaded?.language ?? 'en';
  }

  get strings(): Strings {
    return this.loaded?.strings ?? this.english;
  }

  /** The labels of the vocabularies the element was given (its `labels`): those it shows. */
  get taxonomy(): TaxonomyLabels {
    const labels = this.loaded?.taxonomy ?? this.taxonomyResource?.english;
    if (!labels) throw new Error('This element was not given the vocabularies');
    return labels as TaxonomyLabels;
  }

  /** `rtl` or `ltr` for the language shown; undefined for English, which keeps the page's direction. */
  get dir(): 'rtl' | 'ltr' | undefined {
    if (!this.loaded) return undefined;
    return directionOf(this.loaded.language);
  }

  hostConnected(): void {
    this.observer = observeLang(this.host, () => this.resolve());
    this.resolve();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  private resolve(): void {
    const locale = localeOf(this.host);
    if (locale === this.requested) return;
    this.requested = locale;
    const language = languageOf(locale);
    const loadParts = language === 'en' ? [] : this.parts.map((part) => loaderFor(part, language));
    this.loaded = undefined;
    this.host.requestUpdate();
    if (loadParts.length === 0 || loadParts.some((load) => load === undefined)) return;
    const loadTaxonomy = this.taxonomyResource && loaderFor(this.taxonomyResource, language);
    Promise.all([Promise.all(loadParts.map((load) => load?.())), loadTaxonomy?.()]).then(
      ([loadedParts, loadedTaxonomy]) => {
        if (this.requested !== locale) return;
        this.loaded = { language, strings: Object.assign({}, ...loadedParts), taxonomy: loadedTaxonomy };
        this.host.requestUpdate();
      },
      // A language that fails to load stays in English.
      () => undefined,
    );
  }
}
