// The shapes of codes that code outside the schemas checks without zod (the widgets' finder checks
// its filter attributes with them), apart from primitives.ts, whose module builds zod schemas.

/** ISO 3166-1 alpha-2 country code (`PT`, `GB`, `UA`). */
export const countryCodePattern = /^[A-Z]{2}$/;

/** BCP 47 language tag, language and optional region (`pt`, `pt-BR`, `uk`). */
export const languageTagPattern = /^[a-z]{2,3}(-[A-Z]{2})?$/;
