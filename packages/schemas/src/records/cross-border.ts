import * as z from 'zod/mini';
import { CalendarDate, CountryCode, codeOf, LanguageTag, text } from '../primitives.js';
import { proceedingsStages } from '../vocabularies.js';

/** Whether the crime was reported to the police, where, and under which reference. */
export const PoliceReport = z.object({
  reported: z.boolean(),
  country: z.optional(CountryCode),
  reference: z.optional(text(100)),
});

/** Where the criminal proceedings about the crime take place and how far they have gone. */
export const Proceedings = z.object({
  country: z.optional(CountryCode),
  stage: codeOf(proceedingsStages),
});

/**
 * The cross-border situation of the case, so the receiver knows it without asking the victim
 * again: where the crime happened, where the victim lives and is now, police and proceedings,
 * and the language to reach them in. Every field is optional: a self-referral may know only the
 * crime country and whether an interpreter is needed.
 */
export const CrossBorder = z.object({
  crimeCountry: z.optional(CountryCode),
  crimePlace: z.optional(text(200)),
  residenceCountry: z.optional(CountryCode),
  currentCountry: z.optional(CountryCode),
  /** When the victim leaves the country where the crime happened. */
  returnDate: z.optional(CalendarDate),
  police: z.optional(PoliceReport),
  proceedings: z.optional(Proceedings),
  interpreterNeeded: z.optional(z.boolean()),
  contactLanguage: z.optional(LanguageTag),
});

export type PoliceReport = z.infer<typeof PoliceReport>;
export type Proceedings = z.infer<typeof Proceedings>;
export type CrossBorder = z.infer<typeof CrossBorder>;
