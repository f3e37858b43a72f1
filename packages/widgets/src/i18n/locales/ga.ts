/** Irish strings of the widgets. */

import type { Strings } from './en.js';
import { finderGa } from './finder/ga.js';
import { formGa } from './form/ga.js';
import { quickExitGa } from './quick-exit/ga.js';
import { safetyGa } from './safety/ga.js';
import { gaStatus } from './status/ga.js';

/** Every element's Irish strings in one object, for tests and tools; elements load only their own parts. */
export const ga: Strings = { ...finderGa, form: formGa, status: gaStatus, ...safetyGa, quickExit: quickExitGa };
