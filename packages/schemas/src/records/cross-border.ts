import * as z from 'zod/mini';
import { CalendarDate, CountryCode, codeOf, LanguageTag, text } from '../primitives.js';
import { proceedingsStages } from '../vocabularies.js';

/** Whether the crime was reported to the police, where, and under which reference. */
export const PoliceReport = z.object({
  /** Whether the crime was reported to the police. */
  reported: z.boolean(),
  /** The country of the police the crime was reported to. */
  country: z.optional(CountryCode),
  /** The police's reference of the report, to quote to them. */
  reference: z.optional(text(100)),
});

/** Where the criminal proceedings about the crime take place and how far they have gone. */
export const Proceedings = z.object({
  /** The country where the proceedings take place. */
  country: z.optional(CountryCode),
  /** How far the proceedings have gone. */
  stage: codeOf(proceedingsStages),
});

/**
 * The cross-border situation of the case, so the receiver knows it without asking the victim
 * again: where the crime happened, where the victim lives and is now, police and proceedings,
 * and the language to reach them in. Every field is optional: a self-referral may know only the
 * crime country and whether an interpreter is needed.
 */
export const CrossBorder = z.object({
  /** The country where the crime happened. */
  crimeCountry: z.optional(CountryCode),
  /** Where in that country the crime happened (a town, a venue), in words. */
  crimePlace: z.optional(text(200)),
  /** The country where the victim lives. */
  residenceCountry: z.optional(CountryCode),
  /** The country where the victim is now. */
  currentCountry: z.optional(CountryCode),
  /** When the victim leaves the country where the crime happened. */
  returnDate: z.optional(CalendarDate),
  /** Whether, where and under which reference the crime was reported to the police. */
  police: z.optional(PoliceReport),
  /** Where the criminal proceedings take place and how far they have gone. */
  proceedings: z.optional(Proceedings),
  /** Whether the victim needs an interpreter to be supported. */
  interpreterNeeded: z.optional(z.boolean()),
  /** The language to reach the victim in. */
  contactLanguage: z.optional(LanguageTag),
});

export type PoliceReport = z.infer<typeof PoliceReport>;
export type Proceedings = z.infer<typeof Proceedings>;
export type CrossBorder = z.infer<typeof CrossBorder>;
