/** Danish strings of the widgets. */

import type { Strings } from './en.js';
import { finderDa } from './finder/da.js';
import { formDa } from './form/da.js';
import { quickExitDa } from './quick-exit/da.js';
import { safetyDa } from './safety/da.js';
import { daStatus } from './status/da.js';

/** Every element's Danish strings in one object, for tests and tools; elements load only their own parts. */
export const da: Strings = { ...finderDa, form: formDa, status: daStatus, ...safetyDa, quickExit: quickExitDa };
