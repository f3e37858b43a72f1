/** Small schemas shared by every record: identifiers, times, codes. */
import * as z from 'zod/mini';
import { countryCodePattern, languageTagPattern } from './patterns.js';
import { codesOf, type VocabularyTerm } from './vocabularies.js';

export const Id = z.uuid();

/** RFC 3339 UTC timestamp, e.g. `2026-03-01T09:30:00Z`. */
export const Timestamp = z.iso.datetime({ offset: false });

/** A calendar date `YYYY-MM-DD`, without a time or zone. */
export const CalendarDate = z.iso.date();

/** ISO 3166-1 alpha-2 country code (`PT`, `GB`, `UA`). */
export const CountryCode = z.string().check(z.regex(countryCodePattern, 'Expected an ISO 3166-1 alpha-2 country code'));

/** BCP 47 language tag, language and optional region (`pt`, `pt-BR`, `uk`). */
export const LanguageTag = z
  .string()
  .check(z.regex(languageTagPattern, 'Expected a language tag such as "en" or "pt-BR"'));

/** IANA time zone name (`Europe/Lisbon`). */
export const TimeZone = z
  .string()
  .check(z.regex(/^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+){1,2})$/, 'Expected an IANA time zone such as "Europe/Lisbon"'));

/** Local wall-clock time `HH:MM`; `24:00` closes at midnight. */
export const LocalTime = z.string().check(z.regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, 'Expected a time as HH:MM'));

/** An absolute http(s) URL. The regex repeats the protocol rule so the JSON Schema carries it too. */
export const WebUrl = z
  .url({ protocol: /^https?$/ })
  .check(z.regex(/^https?:\/\/[^\s/?#]+/, 'Expected an http(s) URL'));

export const Email = z.email();

/** E.164-style phone number: `+` then 6 to 15 digits. */
export const PhoneNumber = z
  .string()
  .check(z.regex(/^\+[1-9]\d{5,14}$/, 'Expected a phone number such as +351213587900'));

/** Short human reference of a referral, e.g. `VR-7K3Q-92XD` (no 0/O/1/I to avoid misreading). */
export const ReferralReference = z
  .string()
  .check(z.regex(/^VR-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/, 'Expected a reference such as VR-7K3Q-92XD'));

/** A text of at most `max` characters that is not blank. */
/* @__NO_SIDE_EFFECTS__ */
export function text(max: number) {
  return z.string().check(z.maxLength(max), z.regex(/\S/, 'Must not be blank'));
}

/**
 * A number in a query string, written in plain digits (and one decimal point where `decimals`):
 * `0x10`, `1e1`, ` 5` and `+5` are refused rather than read as numbers.
 */
/* @__NO_SIDE_EFFECTS__ */
export function queryNumber(bounds: { min: number; max: number; decimals?: true }) {
  const pattern = bounds.decimals ? /^\d{1,9}(\.\d{1,15})?$/ : /^\d{1,9}$/;
  const number = bounds.decimals ? z.number() : z.int();
  return z.pipe(
    z.string().check(z.regex(pattern, bounds.decimals ? 'Expected a number such as 12.5' : 'Expected a whole number')),
    z.pipe(z.transform(Number), number.check(z.gte(bounds.min), z.lte(bounds.max))),
  );
}

/** A schema accepting exactly the codes of a vocabulary. */
/* @__NO_SIDE_EFFECTS__ */
export function codeOf<const Code extends string>(terms: readonly VocabularyTerm<Code>[]) {
  return z.enum(codesOf(terms));
}

/** A non-empty list of codes of a vocabulary. */
/* @__NO_SIDE_EFFECTS__ */
export function codeListOf<const Code extends string>(terms: readonly VocabularyTerm<Code>[]) {
  return z.array(codeOf(terms)).check(z.minLength(1), z.maxLength(terms.length));
}
