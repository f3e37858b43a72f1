import * as z from 'zod/mini';
import { Timestamp } from '../primitives.js';

/** Sandbox only: move the server's clock forward, e.g. past a referral's answer deadline. */
export const ClockAdvance = z.strictObject({
  /** How many seconds to move the clock forward. */
  advanceSeconds: z.int().check(z.gte(1), z.lte(366 * 24 * 3600)),
});

/** The sandbox's clock: its time now, and how far it runs ahead of the machine's. */
export const SandboxClock = z.object({
  /** The sandbox's time now. */
  now: Timestamp,
  /** How many seconds it runs ahead of the machine's clock. */
  offsetSeconds: z.int().check(z.nonnegative()),
});

export type ClockAdvance = z.input<typeof ClockAdvance>;
export type SandboxClock = z.infer<typeof SandboxClock>;
