// The API reference of the three published packages, built with Storybook into
// storybook-static/api. Every warning fails the build. Each package's typedoc.json names its entry
// points and, as `intentionallyNotExported`, the helper types its exported signatures mention
// without being API of their own (the reference shows their expansion where they are used).
import { OptionDefaults } from 'typedoc';

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'victim-referral API reference',
  entryPointStrategy: 'packages',
  entryPoints: ['../../packages/schemas', '../../packages/client', '../../packages/widgets'],
  out: 'storybook-static/api',
  readme: 'none',
  treatWarningsAsErrors: true,
  plugin: ['./typedoc-lit-styles.mjs'],
  packageOptions: {
    // Protected members are the elements' plumbing (controllers), not API of a member's page.
    excludeProtected: true,
    // No public repository URL yet: a clone's remote is a local path, so source links would break.
    disableSources: true,
    // The widgets' JSDoc carries the tags custom-elements.json is made from.
    blockTags: [...OptionDefaults.blockTags, '@tag', '@attr', '@csspart', '@cssproperty', '@fires', '@slot'],
  },
};
