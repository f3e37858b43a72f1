/** Lithuanian strings of the widgets. */

import type { Strings } from './en.js';
import { finderLt } from './finder/lt.js';
import { formLt } from './form/lt.js';
import { quickExitLt } from './quick-exit/lt.js';
import { safetyLt } from './safety/lt.js';
import { ltStatus } from './status/lt.js';

/** Every element's Lithuanian strings in one object, for tests and tools; elements load only their own parts. */
export const lt: Strings = { ...finderLt, form: formLt, status: ltStatus, ...safetyLt, quickExit: quickExitLt };
