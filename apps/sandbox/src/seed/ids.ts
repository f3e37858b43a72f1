import { v5 as uuidv5 } from 'uuid';

/** Namespace of the sandbox's deterministic ids (UUID v5 of a readable name). */
const namespace = '6f1c8a52-3d4e-5b7a-9c2d-1e0f4a6b8c9d';

/** Deterministic ids: the n-th id asked for under `scope` is always the same. */
export function idSequence(scope: string): () => string {
  let n = 0;
  return () => uuidv5(`${scope}:${n++}`, namespace);
}

export function seededId(name: string): string {
  return uuidv5(name, namespace);
}
