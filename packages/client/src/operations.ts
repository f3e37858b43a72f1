/**
 * Request and response types of every endpoint, read off the contract: nothing here names a
 * route or a field. The `…In` types take an endpoint definition (`listServices`), the `…Of` types
 * its operation id (`'listServices'`).
 */
import type { Contract, EndpointDefinition, OperationId, Page } from '@victim-referral/schemas';
import type * as z from 'zod/mini';

type Entry<Op extends OperationId> = Contract[Op];

/** The path parameters of an endpoint (`{ id }`), or `never` when its path has none. */
export type ParamsIn<E extends EndpointDefinition> = E extends { params: infer P extends z.ZodMiniType }
  ? z.output<P>
  : never;

/**
 * The query of an endpoint as the client takes it: parsed values (numbers, booleans), which the
 * client writes as strings (`true`/`false` for booleans).
 */
export type QueryIn<E extends EndpointDefinition> = E extends { query: infer Q extends z.ZodMiniType }
  ? z.output<Q>
  : never;

/** The request body of an endpoint, as the caller writes it. */
export type BodyIn<E extends EndpointDefinition> = E extends { body: infer B extends z.ZodMiniType }
  ? z.input<B>
  : never;

/** What a successful call resolves to: the parsed success body, or `undefined` for a 204. */
export type ResultIn<E extends EndpointDefinition> = E['success']['body'] extends infer B extends z.ZodMiniType
  ? z.output<B>
  : undefined;

export type ParamsOf<Op extends OperationId> = ParamsIn<Entry<Op>>;
export type QueryOf<Op extends OperationId> = QueryIn<Entry<Op>>;
export type BodyOf<Op extends OperationId> = BodyIn<Entry<Op>>;
export type ResultOf<Op extends OperationId> = ResultIn<Entry<Op>>;

/** The endpoints that answer one page of a cursor-paginated list. */
export type ListOperationId = {
  [Op in OperationId]: ResultOf<Op> extends Page<unknown> ? Op : never;
}[OperationId];

/** The record type of a list endpoint's items. */
export type ItemOf<Op extends ListOperationId> = ResultOf<Op> extends Page<infer Item> ? Item : never;

/** The endpoints that take an `Idempotency-Key`. */
export type IdempotentOperationId = {
  [Op in OperationId]: Entry<Op> extends { idempotent: true } ? Op : never;
}[OperationId];
