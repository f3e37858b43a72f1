/** Italian strings of the widgets. */

import type { Strings } from './en.js';
import { finderIt } from './finder/it.js';
import { formIt } from './form/it.js';
import { quickExitIt } from './quick-exit/it.js';
import { safetyIt } from './safety/it.js';
import { itStatus } from './status/it.js';

/** Every element's Italian strings in one object, for tests and tools; elements load only their own parts. */
export const it: Strings = { ...finderIt, form: formIt, status: itStatus, ...safetyIt, quickExit: quickExitIt };
