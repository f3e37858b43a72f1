/** "Open now", computed on the wall clock of the service's own time zone. */
import { type OpeningHours, type Weekday, weekdays } from '@victim-referral/schemas';

export interface LocalClock {
  day: Weekday;
  /** Minutes since local midnight. */
  minutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      weekday: 'short',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const dayCodes = new Map(weekdays.map((term) => [term.label.slice(0, 3), term.code]));

export function localClock(timeZone: string, at: Date): LocalClock {
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = dayCodes.get(part('weekday'));
  if (!day) throw new Error(`Cannot read the weekday in ${timeZone}`);
  return { day, minutes: Number(part('hour')) * 60 + Number(part('minute')) };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

const previousDay = new Map(weekdays.map((term, index) => [term.code, weekdays.at(index - 1)?.code]));

/**
 * Whether the hours are open at `clock`. A period closing at or before it opens runs past
 * midnight into the next day.
 */
export function isOpen(hours: OpeningHours, clock: LocalClock): boolean {
  if (hours.alwaysOpen) return true;
  return hours.periods.some((period) => {
    const opens = minutesOf(period.opens);
    const closes = minutesOf(period.closes);
    if (closes > opens) return period.day === clock.day && clock.minutes >= opens && clock.minutes < closes;
    if (period.day === clock.day) return clock.minutes >= opens;
    return previousDay.get(clock.day) === period.day && clock.minutes < closes;
  });
}
