import { v5 } from 'uuid';
import { Id } from '../primitives.js';

/** UUID v5 namespace of ids derived from HSDS (v5 of "https://victim-referral.org/hsds" in the URL namespace). */
const hsdsNamespace = 'de77fb0e-5088-5c40-a41c-235e2dd30dba';

/** A deterministic UUID for anything derived from the given parts. */
export function derivedId(...parts: string[]): string {
  return v5(parts.join(':'), hsdsNamespace);
}

/** The HSDS id itself when it is a UUID we accept, otherwise a UUID v5 of it: imports are repeatable. */
export function stableId(kind: string, hsdsId: string): string {
  return Id.safeParse(hsdsId).success ? hsdsId.toLowerCase() : derivedId(kind, hsdsId);
}
