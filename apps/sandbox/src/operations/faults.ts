/** Armed fault-injection rules (sandbox started with faults on): the next N matching requests misbehave. */
import type { FaultRule } from '@victim-referral/schemas';
import type * as z from 'zod/mini';

export type ArmedRule = z.output<typeof FaultRule> & { id: string; remaining: number };
export type FaultAction = ArmedRule['action'];

export class FaultRegistry {
  readonly #rules: ArmedRule[] = [];

  arm(id: string, rule: z.output<typeof FaultRule>): ArmedRule {
    const armed = { ...rule, id, remaining: rule.count };
    this.#rules.push(armed);
    return armed;
  }

  /** The action for this request, using up one count of the oldest matching rule. */
  take(method: string, path: string): FaultAction | undefined {
    const rule = this.#rules.find(
      (r) => r.remaining > 0 && (r.method === undefined || r.method === method) && path.startsWith(r.pathPrefix),
    );
    if (!rule) return undefined;
    rule.remaining--;
    if (rule.remaining === 0) this.#rules.splice(this.#rules.indexOf(rule), 1);
    return rule.action;
  }
}
