/** Locale-aware names, lists, dates and times through `Intl`; nothing here is translated by hand. */

const formatters = new Map<string, unknown>();

/** One `Intl` formatter per locale and options: building them costs far more than using them. */
function formatter<T>(key: string, create: () => T): T {
  let cached = formatters.get(key) as T | undefined;
  if (cached === undefined) {
    cached = create();
    formatters.set(key, cached);
  }
  return cached;
}

function displayName(locale: string, type: 'region' | 'language', code: string): string {
  try {
    const names = formatter(
      `names|${locale}|${type}`,
      () => new Intl.DisplayNames([locale, 'en'], { type, fallback: 'code' }),
    );
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `PT` → `Portugal` (in the reader's language). */
export function countryName(locale: string, code: string): string {
  return displayName(locale, 'region', code);
}

/** `pt-BR` → `Brazilian Portuguese` (in the reader's language). */
export function languageName(locale: string, code: string): string {
  return displayName(locale, 'language', code);
}

/** `['a', 'b', 'c']` → `a, b and c`. */
export function list(locale: string, items: readonly string[]): string {
  return formatter(`list|${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(
    items,
  );
}

/** A weekday and time as seen in `timeZone`, with the zone's short name: `Tuesday 09:00 WET`. */
export function weekdayTimeIn(locale: string, date: Date, timeZone: string): string {
  return formatter(
    `weekday-time|${locale}|${timeZone}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        weekday: 'long',
        hour: 'numeric',
        minute: '2-digit',
        timeZoneName: 'short',
      }),
  ).format(date);
}

/** A time as seen in `timeZone`, with the zone's short name: `17:00 WET`. */
export function timeIn(locale: string, date: Date, timeZone: string): string {
  return formatter(
    `time|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }),
  ).format(date);
}

/** A wall-clock `HH:MM` in the reader's convention (`17:00`, `5:00 PM`). */
export function wallTime(locale: string, time: string): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return formatter(
    `wall-time|${locale}`,
    () => new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }),
  ).format(Date.UTC(2000, 0, 1, hours, minutes));
}

/** A date and time in the reader's time zone. */
export function dateTime(locale: string, date: Date | string): string {
  return formatter(
    `date-time|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }),
  ).format(new Date(date));
}

/** A date in the reader's time zone. */
export function date(locale: string, value: Date | string): string {
  return formatter(`date|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' })).format(
    new Date(value),
  );
}

/** A calendar date (`2026-12-24`) as written in the reader's language, the same day in every time zone. */
export function calendarDate(locale: string, value: string): string {
  return formatter(
    `calendar-date|${locale}`,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(new Date(`${value}T00:00:00Z`));
}

/** An http(s) URL, or undefined for anything else (`javascript:`, relative, malformed). */
export function safeWebUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `3, 'hour'` → `in 3 hours`; `-2, 'day'` → `2 days ago` (in the reader's language). */
export function relativeTime(locale: string, value: number, unit: Intl.RelativeTimeFormatUnit): string {
  return formatter(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })).format(
    value,
    unit,
  );
}
