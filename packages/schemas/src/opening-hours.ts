/**
 * "Open now", computed on the wall clock of the service's own time zone: one answer for the
 * sandbox's `openNow` filter and the widgets' badge.
 */
import type { OpeningHours } from './records/service.js';
import { weekdays } from './vocabularies.js';

export type OpeningState =
  | { readonly kind: 'always' }
  | { readonly kind: 'open'; readonly closesAt: Date }
  | { readonly kind: 'closed'; readonly opensAt: Date }
  | { readonly kind: 'unknown' };

const minutesPerDay = 24 * 60;
const minutesPerWeek = 7 * minutesPerDay;
const dayIndex = new Map<string, number>(weekdays.map((term, index) => [term.code, index]));
const dayIndexOfShortName = new Map(weekdays.map((term, index) => [term.label.slice(0, 3), index]));
const clocks = new Map<string, { formatter: Intl.DateTimeFormat; minute: number; minuteOfWeek: number }>();

/**
 * Minutes since Monday 00:00 that `at` is on the wall clocks of `timeZone`. Remembers the last
 * answer per time zone, so filtering thousands of services at one instant reads the clock once per zone.
 */
function minuteOfWeek(at: Date, timeZone: string): number {
  const minute = Math.floor(at.getTime() / 60_000);
  let clock = clocks.get(timeZone);
  if (clock?.minute === minute) return clock.minuteOfWeek;
  clock ??= {
    formatter: new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }),
    minute: Number.NaN,
    minuteOfWeek: 0,
  };
  const parts = clock.formatter.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = dayIndexOfShortName.get(part('weekday'));
  if (day === undefined) throw new Error(`Cannot read the weekday in ${timeZone}`);
  clock.minute = minute;
  clock.minuteOfWeek = day * minutesPerDay + Number(part('hour')) * 60 + Number(part('minute'));
  clocks.set(timeZone, clock);
  return clock.minuteOfWeek;
}

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/**
 * Whether a service with these opening hours is open at `at`, where the service is (its own time
 * zone), and when that changes next. A period that closes at or before it opens runs past
 * midnight into the next day. No periods and not always open: `unknown`.
 */
export function openingState(openingHours: OpeningHours, at: Date = new Date()): OpeningState {
  if (openingHours.alwaysOpen) return { kind: 'always' };
  if (openingHours.periods.length === 0) return { kind: 'unknown' };
  const now = minuteOfWeek(at, openingHours.timeZone);
  const startOfMinute = Math.floor(at.getTime() / 60_000) * 60_000;
  const inMinutes = (minutes: number) => new Date(startOfMinute + minutes * 60_000);
  let nextOpening = Number.POSITIVE_INFINITY;
  for (const period of openingHours.periods) {
    const opens = (dayIndex.get(period.day) ?? 0) * minutesPerDay + minutesOf(period.opens);
    let length = minutesOf(period.closes) - minutesOf(period.opens);
    if (length <= 0) length += minutesPerDay;
    // Minutes since this period last opened, within the last week.
    const sinceOpening = (((now - opens) % minutesPerWeek) + minutesPerWeek) % minutesPerWeek;
    if (sinceOpening < length) return { kind: 'open', closesAt: inMinutes(length - sinceOpening) };
    nextOpening = Math.min(nextOpening, minutesPerWeek - sinceOpening);
  }
  return { kind: 'closed', opensAt: inMinutes(nextOpening) };
}

/** Whether a service with these opening hours is open at `at` (always open counts; unknown does not). */
export function isOpenAt(openingHours: OpeningHours, at: Date = new Date()): boolean {
  const { kind } = openingState(openingHours, at);
  return kind === 'always' || kind === 'open';
}
