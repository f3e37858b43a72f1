/** Finnish strings of the widgets. */

import type { Strings } from './en.js';
import { finderFi } from './finder/fi.js';
import { formFi } from './form/fi.js';
import { quickExitFi } from './quick-exit/fi.js';
import { safetyFi } from './safety/fi.js';
import { fiStatus } from './status/fi.js';

/** Every element's Finnish strings in one object, for tests and tools; elements load only their own parts. */
export const fi: Strings = { ...finderFi, form: formFi, status: fiStatus, ...safetyFi, quickExit: quickExitFi };
