/**
 * `dist/routes.js` and its types: one `Route` per endpoint of the contract, under the endpoint's own
 * name, as plain data. Written at build time so no route is ever typed by hand, and so a bundle that
 * imports routes holds no zod schema.
 */
import { contract } from '../contract/index.js';
import { routeOf } from '../route.js';

const header = '// Generated from the contract (src/contract/) at build time. Do not edit.';

export function routesModule(): { js: string; dts: string } {
  const names = Object.keys(contract) as (keyof typeof contract)[];
  const js = names.map((name) => `export const ${name} = ${JSON.stringify(routeOf(contract[name]))};`);
  const dts = [
    "import type { contract, Route } from './index.js';",
    ...names.map((name) => `export declare const ${name}: Route<(typeof contract)['${name}']>;`),
  ];
  return { js: [header, ...js, ''].join('\n'), dts: [header, ...dts, ''].join('\n') };
}
