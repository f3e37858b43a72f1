/** Latvian strings of the widgets. */

import type { Strings } from './en.js';
import { finderLv } from './finder/lv.js';
import { formLv } from './form/lv.js';
import { quickExitLv } from './quick-exit/lv.js';
import { safetyLv } from './safety/lv.js';
import { lvStatus } from './status/lv.js';

/** Every element's Latvian strings in one object, for tests and tools; elements load only their own parts. */
export const lv: Strings = { ...finderLv, form: formLv, status: lvStatus, ...safetyLv, quickExit: quickExitLv };
