/**
 * The elements do not check the API's answers against the contract (their bundle carries no zod),
 * so what they render from an answer goes through here: a malformed page reads as an empty one,
 * and a record that lacks what its view needs is left out instead of breaking the whole list.
 * Text is safe anyway (Lit escapes it) and links pass `safeWebUrl`.
 */
import { nothing, type TemplateResult } from 'lit';

/** The items and next cursor of a list answer; none when the answer is not a page. */
export function pageOf<T>(answer: unknown): { items: T[]; nextCursor: string | null } {
  const page = answer as { items?: unknown; nextCursor?: unknown } | null | undefined;
  return {
    items: Array.isArray(page?.items) ? page.items : [],
    nextCursor: typeof page?.nextCursor === 'string' ? page.nextCursor : null,
  };
}

/** `view()`, or nothing when the record it renders is missing a part it needs. */
export function renderSafely(view: () => TemplateResult): TemplateResult | typeof nothing {
  try {
    return view();
  } catch {
    return nothing;
  }
}
