/** Defensive readers for untrusted HSDS JSON: every oddity becomes a warning, never an exception. */
import { Email, LanguageTag, PhoneNumber, Timestamp, WebUrl } from '../primitives.js';

export type Json = Record<string, unknown>;

export interface HsdsWarning {
  /** JSON Pointer into the imported document. */
  path: string;
  message: string;
}

export class Warnings {
  readonly list: HsdsWarning[] = [];
  add(path: string, message: string): void {
    this.list.push({ path, message });
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function objectsOf(value: unknown): [Json, number][] {
  return Array.isArray(value)
    ? value.flatMap((item, index): [Json, number][] => (isObject(item) ? [[item, index]] : []))
    : [];
}

export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/** A non-blank text of at most `max` characters; longer texts are cut with a warning. */
export function textOf(value: unknown, max: number, path: string, warnings: Warnings): string | undefined {
  const text = stringOf(value);
  if (text === undefined || text.length <= max) return text;
  warnings.add(path, `longer than ${max} characters; shortened`);
  return `${text.slice(0, max - 1).trimEnd()}…`;
}

export function numberOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

function checked<T>(schema: { safeParse(value: unknown): { success: boolean; data?: T } }, value: unknown) {
  const result = schema.safeParse(value);
  return result.success ? (result.data as T) : undefined;
}

/** HSDS numbers often carry quotes, spaces or dashes: keep `+` and digits, `00` → `+`. */
export function phoneOf(value: unknown, path: string, warnings: Warnings): string | undefined {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  const compact = raw.replace(/["'\s().-]/g, '').replace(/^00/, '+');
  const phone = checked<string>(PhoneNumber, compact);
  if (phone === undefined)
    warnings.add(path, `phone number ${JSON.stringify(raw)} is not in international form; left out`);
  else if (compact !== raw) warnings.add(path, `phone number ${JSON.stringify(raw)} normalised to ${phone}`);
  return phone;
}

export function emailOf(value: unknown, path: string, warnings: Warnings): string | undefined {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  const email = checked<string>(Email, raw);
  if (email === undefined) warnings.add(path, `not a valid email address; left out`);
  return email;
}

export function urlOf(value: unknown, path: string, warnings: Warnings): string | undefined {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  const url = checked<string>(WebUrl, raw);
  if (url === undefined) warnings.add(path, `not an http(s) URL; left out`);
  return url;
}

/** `EN-gb` → `en-GB`; undefined (with a warning) when it is no language tag we accept. */
export function languageOf(value: unknown, path: string, warnings: Warnings): string | undefined {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  const [language = '', region] = raw.replace('_', '-').split('-');
  const tag = checked<string>(
    LanguageTag,
    region ? `${language.toLowerCase()}-${region.toUpperCase()}` : language.toLowerCase(),
  );
  if (tag === undefined) warnings.add(path, `language code ${JSON.stringify(raw)} is not a BCP 47 tag; left out`);
  return tag;
}

/** Any date-time HSDS gives, as a UTC timestamp (unchanged when it is one); undefined with a warning when unparseable. */
export function timestampOf(value: unknown, path: string, warnings: Warnings): string | undefined {
  const raw = stringOf(value);
  if (raw === undefined) return undefined;
  if (Timestamp.safeParse(raw).success) return raw;
  const time = Date.parse(raw);
  const timestamp = Number.isNaN(time) ? undefined : checked<string>(Timestamp, new Date(time).toISOString());
  if (timestamp === undefined) warnings.add(path, `not a date-time; left out`);
  return timestamp;
}
