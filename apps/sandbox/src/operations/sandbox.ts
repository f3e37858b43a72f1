import type { Runtime } from '../runtime.js';
import type { FaultRegistry } from './faults.js';
import type { Operations } from './types.js';

export function sandboxOperations(rt: Runtime, faults: FaultRegistry): Pick<Operations, 'armFaults'> {
  return {
    armFaults: ({ body }) => {
      const armed = faults.arm(rt.newId(), body);
      return { body: { id: armed.id, remaining: armed.remaining } };
    },
  };
}
