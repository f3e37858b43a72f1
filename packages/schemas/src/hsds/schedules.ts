/** Opening hours ↔ HSDS schedules (weekly RRULE parts: `byday`, `opens_at`, `closes_at`). */
import { TimeZone } from '../primitives.js';
import type { OpeningHours, OpeningPeriod } from '../records/service.js';
import type { Weekday } from '../vocabularies.js';
import { derivedId } from './ids.js';
import { type Json, numberOf, objectsOf, stringOf, textOf, type Warnings } from './read.js';
import type { HsdsSchedule } from './types.js';

const rruleDays = {
  MO: 'mon',
  TU: 'tue',
  WE: 'wed',
  TH: 'thu',
  FR: 'fri',
  SA: 'sat',
  SU: 'sun',
} as const satisfies Record<string, Weekday>;
type RruleDay = keyof typeof rruleDays;
const allDays = Object.keys(rruleDays) as RruleDay[];

/** `10:00:00` → `10:00`; a closing time at the end of the day becomes `24:00`. */
function localTime(value: unknown, closing: boolean): string | undefined {
  const match = stringOf(value)?.match(/^(\d{1,2}):(\d{2})(?::(\d{2}))?/);
  if (!match) return undefined;
  const [, hours = '', minutes = '', seconds] = match;
  const time = `${hours.padStart(2, '0')}:${minutes}`;
  if (closing && (time === '24:00' || (time === '23:59' && (seconds === undefined || seconds === '59'))))
    return '24:00';
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? time : undefined;
}

function daysOf(byday: unknown, path: string, warnings: Warnings): RruleDay[] {
  const text = stringOf(byday);
  if (text === undefined) {
    warnings.add(path, 'schedule names no days (byday); taken as every day');
    return allDays;
  }
  const days = text
    .split(',')
    .map((day) =>
      day
        .trim()
        .replace(/^[+-]?\d+/, '')
        .toUpperCase(),
    )
    .filter((day): day is RruleDay => day in rruleDays);
  if (days.length === 0) warnings.add(path, `no weekday in byday ${JSON.stringify(text)}`);
  return days;
}

function periodsOf(schedule: Json, path: string, warnings: Warnings): OpeningPeriod[] {
  const freq = stringOf(schedule.freq)?.toUpperCase();
  if (freq !== undefined && freq !== 'WEEKLY') {
    warnings.add(`${path}/freq`, `${freq} schedules cannot be expressed as weekly opening hours; left out`);
    return [];
  }
  const dtstart = stringOf(schedule.dtstart);
  const until = stringOf(schedule.until);
  if (dtstart && until && until <= dtstart) {
    warnings.add(`${path}/until`, 'schedule ends when it starts (until ≤ dtstart); its weekly hours are used anyway');
  }
  const opens = localTime(schedule.opens_at, false);
  const closes = localTime(schedule.closes_at, true);
  if (!opens || !closes) {
    warnings.add(path, 'schedule without usable opens_at/closes_at times; left out');
    return [];
  }
  return daysOf(schedule.byday, `${path}/byday`, warnings).map((day) => ({ day: rruleDays[day], opens, closes }));
}

function timeZoneOf(schedules: [Json, number][], path: string, fallback: string, warnings: Warnings): string {
  for (const [schedule, index] of schedules) {
    const zone = schedule.timezone;
    if (zone === undefined || zone === null) continue;
    if (typeof zone === 'string' && TimeZone.safeParse(zone).success) return zone;
    if (numberOf(zone) === 0) return 'UTC';
    warnings.add(
      `${path}/${index}/timezone`,
      `timezone ${JSON.stringify(zone)} is not an IANA time zone (a UTC offset cannot tell summer time); using ${fallback}`,
    );
  }
  return fallback;
}

/**
 * Opening hours from HSDS schedules. `timeZone` is the zone known from elsewhere (our own
 * attribute), else the schedules' own, else `fallback`.
 */
export function openingHoursOf(
  value: unknown,
  path: string,
  zones: { timeZone: string | undefined; fallback: string },
  warnings: Warnings,
): OpeningHours {
  const schedules = objectsOf(value);
  const timeZone = zones.timeZone ?? timeZoneOf(schedules, path, zones.fallback, warnings);
  const periods = schedules.flatMap(([schedule, index]) => periodsOf(schedule, `${path}/${index}`, warnings));
  const notes = schedules
    .map(([schedule, index]) => textOf(schedule.notes ?? schedule.description, 500, `${path}/${index}/notes`, warnings))
    .find((note) => note !== undefined);
  if (periods.length === 0) warnings.add(path, 'no usable opening hours: imported as closed, ask the service');
  const alwaysOpen =
    periods.length > 0 &&
    allDays.every((day) =>
      periods.some((period) => period.day === rruleDays[day] && period.opens === '00:00' && period.closes === '24:00'),
    );
  return { timeZone, alwaysOpen, periods: alwaysOpen ? [] : periods, ...(notes ? { notes } : {}) };
}

const weekdayToRrule = Object.fromEntries(Object.entries(rruleDays).map(([rrule, day]) => [day, rrule])) as Record<
  Weekday,
  RruleDay
>;

/** One weekly schedule per distinct opening/closing time pair. */
export function schedulesOf(serviceId: string, hours: OpeningHours): HsdsSchedule[] {
  const periods: OpeningPeriod[] = hours.alwaysOpen
    ? Object.values(rruleDays).map((day) => ({ day, opens: '00:00', closes: '24:00' }))
    : hours.periods;
  const byTimes = new Map<string, OpeningPeriod[]>();
  for (const period of periods) {
    const key = `${period.opens}-${period.closes}`;
    byTimes.set(key, [...(byTimes.get(key) ?? []), period]);
  }
  return [...byTimes.entries()].map(([key, group]) => {
    const [first] = group as [OpeningPeriod];
    return {
      id: derivedId('schedule', serviceId, key),
      service_id: serviceId,
      freq: 'WEEKLY',
      wkst: 'MO',
      byday: group.map((period) => weekdayToRrule[period.day]).join(','),
      opens_at: `${first.opens}:00`,
      closes_at: first.closes === '24:00' ? '23:59:59' : `${first.closes}:00`,
      ...(hours.notes ? { notes: hours.notes } : {}),
    };
  });
}
