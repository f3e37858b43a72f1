import type { OpeningHours, Weekday } from '@victim-referral/schemas';

const weekdayOrder: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const minutesPerDay = 24 * 60;

export type OpeningState =
  | { readonly kind: 'always' }
  | { readonly kind: 'open'; readonly closesAt: Date }
  | { readonly kind: 'closed'; readonly opensAt: Date }
  | { readonly kind: 'unknown' };

function minutesOf(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

/** The weekday and minute of the day that `now` is on the wall clocks of `timeZone`. */
function wallClock(now: Date, timeZone: string): { day: number; minute: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    weekday: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = weekdayOrder.indexOf(part('weekday').toLowerCase().slice(0, 3) as Weekday);
  return { day, minute: Number(part('hour')) * 60 + Number(part('minute')) };
}

/**
 * Whether a service is open at `now` where the service is (its own time zone), and when that
 * changes next. Periods that close at or before they open run past midnight.
 */
export function openingState(hours: OpeningHours, now: Date): OpeningState {
  if (hours.alwaysOpen) return { kind: 'always' };
  if (hours.periods.length === 0) return { kind: 'unknown' };
  const here = wallClock(now, hours.timeZone);
  const nowMinute = here.day * minutesPerDay + here.minute;
  const week = 7 * minutesPerDay;
  const start = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
  const at = (minutesFromNow: number) => new Date(start.getTime() + minutesFromNow * 60_000);

  let nextOpening = Number.POSITIVE_INFINITY;
  for (const period of hours.periods) {
    const opens = weekdayOrder.indexOf(period.day) * minutesPerDay + minutesOf(period.opens);
    let length = minutesOf(period.closes) - minutesOf(period.opens);
    if (length <= 0) length += minutesPerDay;
    // The period's latest start at or before now, within the last week.
    const sinceOpening = (((nowMinute - opens) % week) + week) % week;
    if (sinceOpening < length) return { kind: 'open', closesAt: at(length - sinceOpening) };
    nextOpening = Math.min(nextOpening, week - sinceOpening);
  }
  return { kind: 'closed', opensAt: at(nextOpening) };
}
