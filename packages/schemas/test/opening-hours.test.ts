import type { OpeningHours } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { openingState } from '../src/shared/opening-hours.js';

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
});
