/**
 * Reads an error answer's body as a problem document without zod: the error mapping runs on every
 * transport, the widgets' lightest one included, so it checks each field's type by hand. Agrees
 * with the contract's `ProblemDetails` schema (a test holds the two together).
 */
import { type ProblemDetails, referralStatuses } from '@victim-referral/schemas';

type Guard = (value: unknown) => boolean;

const isString: Guard = (value) => typeof value === 'string';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayOf =
  (item: Guard): Guard =>
  (value) =>
    Array.isArray(value) && value.every(item);
const isFieldError: Guard = (value) =>
  isObject(value) && isString(value.path) && isString(value.message) && isString(value.code);
const isStatus: Guard = (value) => referralStatuses.some((term) => term.code === value);

const required: Record<string, Guard> = {
  type: isString,
  title: isString,
  status: (value) => Number.isInteger(value) && (value as number) >= 400 && (value as number) <= 599,
  code: isString,
};
const optional: Record<string, Guard> = {
  detail: isString,
  instance: isString,
  errors: arrayOf(isFieldError),
  requestId: isString,
  allowedTransitions: arrayOf(isStatus),
  retryAfter: (value) => Number.isInteger(value) && (value as number) >= 0,
};

/** `body` as a problem document (its known fields only), or undefined when it is not one (a proxy's page). */
export function problemOf(body: unknown): ProblemDetails | undefined {
  if (!isObject(body)) return undefined;
  if (!Object.entries(required).every(([key, guard]) => guard(body[key]))) return undefined;
  if (!Object.entries(optional).every(([key, guard]) => body[key] === undefined || guard(body[key]))) return undefined;
  const known = Object.keys(required).concat(Object.keys(optional));
  return Object.fromEntries(
    known.filter((key) => body[key] !== undefined).map((key) => [key, body[key]]),
  ) as ProblemDetails;
}
