import { scanDeadlines } from '../domain/deadlines.js';
import type { Runtime } from '../runtime.js';
import type { FaultRegistry } from './faults.js';
import type { Operations } from './types.js';

type SandboxOperations = Pick<Operations, 'armFaults' | 'getSandboxClock' | 'advanceSandboxClock'>;

export function sandboxOperations(rt: Runtime, faults: FaultRegistry): SandboxOperations {
  const clockNow = () => ({ now: rt.now().toISOString(), offsetSeconds: rt.clock.offsetSeconds });
  return {
    armFaults: ({ body }) => {
      const armed = faults.arm(rt.newId(), body);
      return { body: { id: armed.id, remaining: armed.remaining } };
    },

    getSandboxClock: () => ({ body: clockNow() }),

    advanceSandboxClock: ({ body }) => {
      rt.clock.advance(body.advanceSeconds);
      // Deadlines passed by the jump fire now, not at the next scan; deliveries due by it go out.
      scanDeadlines(rt);
      rt.wakeDeliveries();
      return { body: clockNow() };
    },
  };
}
