// The public API of each custom element, as custom-elements.json describes it: the one input of
// the framework types, so an element added to the package gets its React and Vue types without
// anyone writing them.

/**
 * @typedef {{ name: string, description?: string }} Documented
 * @typedef {{
 *   tagName: string,
 *   className: string,
 *   module: string,
 *   description?: string,
 *   attributes: (Documented & { field?: string })[],
 *   properties: Documented[],
 *   events: Documented[],
 * }} Element
 */

/** `src/finder/x.component.ts` → `./finder/x.component.js`, the module beside `dist/<entry>.d.ts`. */
function distModule(sourcePath) {
  return `./${sourcePath.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;
}

const isPublicField = (member) =>
  member.kind === 'field' && !member.static && (member.privacy ?? 'public') === 'public';

/** @returns {Element[]} every custom element of the manifest, sorted by tag name. */
export function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      elements.push({
        tagName: declaration.tagName,
        className: declaration.name,
        module: distModule(module.path),
        description: declaration.description,
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          field: attribute.fieldName,
          description: attribute.description,
        })),
        properties: (declaration.members ?? []).filter(isPublicField).map((member) => ({
          name: member.name,
          description: member.description,
        })),
        events: (declaration.events ?? []).map((event) => ({ name: event.name, description: event.description })),
      });
    }
  }
  return elements.sort((a, b) => a.tagName.localeCompare(b.tagName));
}

/** A JSDoc block for a declaration, or nothing when the manifest has no description. */
export function docComment(description, indent) {
  if (!description) return '';
  const lines = description.replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/** A property key as TypeScript source: quoted unless it is an identifier. */
export const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : `'${name}'`);

/** The event's type, from the `HTMLElementEventMap` entry each event module declares. */
export const eventType = (name) => `HTMLElementEventMap['${name}']`;

/** The type of an attribute's value: its property's, or a string when it has none. */
export const attributeType = (element, attribute) =>
  attribute.field ? `${element.className}['${attribute.field}']` : 'string';

export const banner = '// Generated from custom-elements.json by scripts/write-framework-types.mjs: do not edit.\n';

/** One type-only import of every element class. */
export const classImports = (elements) =>
  elements.map((element) => `import type { ${element.className} } from '${element.module}';`).join('\n');
