// Writes dist/react.d.ts and dist/vue.d.ts, the React 19 and Vue 3 types of every element, from
// custom-elements.json alone (run after `cem analyze`).
import { readFile, writeFile } from 'node:fs/promises';
import { elementsOf } from './framework-types/elements.mjs';
import { reactTypes } from './framework-types/react.mjs';
import { vueTypes } from './framework-types/vue.mjs';

const elements = elementsOf(JSON.parse(await readFile('custom-elements.json', 'utf8')));
if (elements.length === 0) throw new Error('custom-elements.json describes no custom element');
await writeFile('dist/react.d.ts', reactTypes(elements));
await writeFile('dist/vue.d.ts', vueTypes(elements));
