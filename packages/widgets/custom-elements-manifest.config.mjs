/**
 * custom-elements.json from the components' JSDoc. The Lit analyzer also reports internal
 * reactive state (`state: true`, private) as attributes, an event class constructed with a
 * variable as an event named after that variable, and a property set on another object in a
 * constructor (`this.button.type = …`) as a field of the element: the plugin below drops them
 * all, keeping the fields the element documents. The base element of the elements that call the
 * API is analysed too, so its documented properties (`apiBase`, `publishableKey`) are inherited.
 */
function publicApiOnly() {
  return {
    name: 'victim-referral-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.customElement) continue;
          const hidden = new Set(
            (declaration.members ?? [])
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected')
              .map((member) => member.name),
          );
          declaration.attributes = (declaration.attributes ?? []).filter(
            (attribute) => !hidden.has(attribute.fieldName),
          );
          declaration.events = (declaration.events ?? []).filter((event) => event.name?.startsWith('vr-'));
          declaration.members = (declaration.members ?? []).filter(
            (member) => member.kind !== 'field' || member.description || member.privacy,
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.component.ts', 'src/shared/api-element.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
