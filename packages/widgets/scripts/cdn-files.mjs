/**
 * Which files of the built CDN folder a page fetches: the loader, then for each element it shows
 * that element's chunk and every chunk imported statically from there on. Read from the built files
 * (their names are content-hashed), for the size budgets.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

export const cdnDir = fileURLToPath(new URL('../dist/cdn/', import.meta.url));
export const loaderFile = join(cdnDir, 'victim-referral-widgets.js');

const staticImport = /(?:\bfrom|\bimport)\s*["'](\.\.?\/[^"']+)["']/g;

/** `file` and every file it imports statically, transitively. */
function withStaticImports(file, seen = new Set()) {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const [, specifier] of readFileSync(file, 'utf8').matchAll(staticImport)) {
    withStaticImports(normalize(join(dirname(file), specifier)), seen);
  }
  return seen;
}

/** The chunk of `chunks/` whose name starts with `name-` (its content hash follows). */
export function chunk(name) {
  const dir = join(cdnDir, 'chunks');
  const found = readdirSync(dir).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.js'));
  if (found.length !== 1) throw new Error(`expected one chunk named ${name}, found ${found.join(', ') || 'none'}`);
  return join(dir, found[0]);
}

/** Every file a page that shows `elements` (chunk names such as `service-finder`) fetches. */
export function pageFiles(elements) {
  const files = withStaticImports(loaderFile);
  for (const element of elements) withStaticImports(chunk(element), files);
  return [...files];
}

/**
 * What a page fetches for one further language: the chunks of the given parts of the strings and
 * labels in that language (`finder` for `finder-fr`, `labels-finder` for `labels-finder-fr`, …).
 */
export function languageFiles(language, parts) {
  return parts.map((part) => chunk(`${part}-${language}`));
}

/** What showing `elements` adds to a page that already shows `besides`. */
export function addedFiles(elements, besides) {
  const before = new Set(pageFiles(besides));
  return pageFiles([...besides, ...elements]).filter((file) => !before.has(file));
}

/** The chunk of the point of contact's workspace strings in one language. */
export function workspaceLanguageFile(language) {
  return chunk(`workspace-${language}`);
}

/** What loading the lazy chunk `name` (e.g. the sealing code, on submit) adds to a page that shows `besides`. */
export function addedByChunk(name, besides) {
  const before = new Set(pageFiles(besides));
  return [...withStaticImports(chunk(name))].filter((file) => !before.has(file));
}
