/**
 * custom-elements.json from the components' JSDoc. The Lit analyzer also reports internal
 * reactive state (`state: true`, private) as attributes, and an event class constructed with a
 * variable as an event named after that variable: the plugin below drops both.
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
        }
      }
    },
  };
}

export default {
  // The shared bases are read too, so the elements' inherited properties are in the manifest.
  globs: [
    'src/**/*.component.ts',
    'src/shared/api-element.ts',
    'src/shared/contact-element.ts',
    'src/safety/safety-element.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
