import { describe, expect, it } from 'vitest';
import { isOpenAt, type OpeningHours, openingState } from '../src/index.js';

const weekdaysNineToFive = (timeZone: string): OpeningHours => ({
  timeZone,
  alwaysOpen: false,
  periods: (['mon', 'tue', 'wed', 'thu', 'fri'] as const).map((day) => ({ day, opens: '09:00', closes: '17:00' })),
});

describe('openingState', () => {
  it('is always open for 24/7 services', () => {
    expect(openingState({ timeZone: 'UTC', alwaysOpen: true, periods: [] }, new Date())).toEqual({ kind: 'always' });
  });

  it('has nothing to say without periods', () => {
    expect(openingState({ timeZone: 'UTC', alwaysOpen: false, periods: [] }, new Date())).toEqual({ kind: 'unknown' });
  });

  it('is open during a period, in the service time zone, until it closes', () => {
    // Monday 2 March 2026, 08:30 UTC is 09:30 in Warsaw (UTC+1).
    const state = openingState(weekdaysNineToFive('Europe/Warsaw'), new Date('2026-03-02T08:30:20Z'));
    expect(state).toEqual({ kind: 'open', closesAt: new Date('2026-03-02T16:00:00Z') });
  });

  it('is closed before opening, and says when it opens next', () => {
    // 07:30 UTC is 08:30 in Warsaw: closed for another 30 minutes.
    const state = openingState(weekdaysNineToFive('Europe/Warsaw'), new Date('2026-03-02T07:30:00Z'));
    expect(state).toEqual({ kind: 'closed', opensAt: new Date('2026-03-02T08:00:00Z') });
  });

  it('skips the weekend to the next opening day', () => {
    // Friday 6 March 2026, 18:00 in Lisbon (UTC+0): next opening Monday 09:00.
    const state = openingState(weekdaysNineToFive('Europe/Lisbon'), new Date('2026-03-06T18:00:00Z'));
    expect(state).toEqual({ kind: 'closed', opensAt: new Date('2026-03-09T09:00:00Z') });
  });

  it('handles periods that run past midnight', () => {
    const hours: OpeningHours = {
      timeZone: 'UTC',
      alwaysOpen: false,
      periods: [{ day: 'fri', opens: '22:00', closes: '02:00' }],
    };
    // Saturday 7 March 2026, 01:00 UTC: still Friday night's period.
    expect(openingState(hours, new Date('2026-03-07T01:00:00Z'))).toEqual({
      kind: 'open',
      closesAt: new Date('2026-03-07T02:00:00Z'),
    });
  });

  it('treats 24:00 as midnight at the end of the day', () => {
    const hours: OpeningHours = {
      timeZone: 'UTC',
      alwaysOpen: false,
      periods: [{ day: 'mon', opens: '18:00', closes: '24:00' }],
    };
    expect(openingState(hours, new Date('2026-03-02T23:59:00Z'))).toEqual({
      kind: 'open',
      closesAt: new Date('2026-03-03T00:00:00Z'),
    });
  });

  it('reads the weekday where the service is, not in UTC', () => {
    // Monday 2 March 2026, 23:30 UTC is already Tuesday 12:30 in Auckland (UTC+13)…
    expect(openingState(weekdaysNineToFive('Pacific/Auckland'), new Date('2026-03-02T23:30:00Z'))).toEqual({
      kind: 'open',
      closesAt: new Date('2026-03-03T04:00:00Z'),
    });
    // …and Saturday 7 March, 02:00 UTC is still Friday 21:00 in New York (UTC-5): closed until Monday.
    expect(openingState(weekdaysNineToFive('America/New_York'), new Date('2026-03-07T02:00:00Z'))).toEqual({
      kind: 'closed',
      opensAt: new Date('2026-03-09T14:00:00Z'),
    });
  });

  it('runs an overnight period from Sunday into Monday across the end of the week', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Athens',
      alwaysOpen: false,
      periods: [{ day: 'sun', opens: '22:00', closes: '06:00' }],
    };
    // Monday 2 March 2026, 03:00 in Athens (UTC+2) is 01:00 UTC.
    expect(openingState(hours, new Date('2026-03-02T01:00:00Z'))).toEqual({
      kind: 'open',
      closesAt: new Date('2026-03-02T04:00:00Z'),
    });
    // Monday 07:00 in Athens: closed until Sunday 22:00.
    expect(openingState(hours, new Date('2026-03-02T05:00:00Z'))).toEqual({
      kind: 'closed',
      opensAt: new Date('2026-03-08T20:00:00Z'),
    });
  });

  it('follows the local clock across a daylight-saving change', () => {
    // Europe/Lisbon moves to UTC+1 on Sunday 29 March 2026: 09:30 local on Monday 30 March is 08:30 UTC.
    const hours = weekdaysNineToFive('Europe/Lisbon');
    expect(isOpenAt(hours, new Date('2026-03-30T08:30:00Z'))).toBe(true);
    expect(isOpenAt(hours, new Date('2026-03-30T07:30:00Z'))).toBe(false);
    expect(isOpenAt(hours, new Date('2026-03-23T08:30:00Z'))).toBe(false);
  });

  it('counts always open as open, and unknown hours as not open', () => {
    expect(isOpenAt({ timeZone: 'UTC', alwaysOpen: true, periods: [] })).toBe(true);
    expect(isOpenAt({ timeZone: 'UTC', alwaysOpen: false, periods: [] })).toBe(false);
  });
});
