/** The shape of an operation handler, derived from its contract entry. */
import type { Contract, OperationId } from '@victim-referral/schemas';
import type * as z from 'zod/mini';
import type { Caller } from './caller.js';

type Output<S> = S extends z.ZodMiniType ? z.output<S> : never;

export interface OperationInput<Op extends OperationId> {
  params: Contract[Op] extends { params: infer P } ? Output<P> : Record<string, never>;
  query: Contract[Op] extends { query: infer Q } ? Output<Q> : Record<string, never>;
  body: Contract[Op] extends { body: infer B } ? Output<B> : undefined;
  caller: Caller;
}

export type SuccessBody<Op extends OperationId> = Contract[Op]['success']['body'] extends infer S
  ? S extends z.ZodMiniType
    ? z.output<S>
    : null
  : never;

export interface OperationResult<Op extends OperationId> {
  body: SuccessBody<Op>;
  headers?: Record<string, string>;
}

/** Synchronous on purpose: it runs inside one SQLite transaction, with nothing interleaving. */
export type Operation<Op extends OperationId> = (input: OperationInput<Op>) => OperationResult<Op>;

export type Operations = { [Op in OperationId]: Operation<Op> };
