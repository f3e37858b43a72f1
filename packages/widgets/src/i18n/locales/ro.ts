/** Romanian strings of the widgets. */

import type { Strings } from './en.js';
import { finderRo } from './finder/ro.js';
import { formRo } from './form/ro.js';
import { quickExitRo } from './quick-exit/ro.js';
import { safetyRo } from './safety/ro.js';
import { roStatus } from './status/ro.js';

/** Every element's Romanian strings in one object, for tests and tools; elements load only their own parts. */
export const ro: Strings = { ...finderRo, form: formRo, status: roStatus, ...safetyRo, quickExit: quickExitRo };
