/** Estonian strings of the widgets. */

import type { Strings } from './en.js';
import { finderEt } from './finder/et.js';
import { formEt } from './form/et.js';
import { quickExitEt } from './quick-exit/et.js';
import { safetyEt } from './safety/et.js';
import { etStatus } from './status/et.js';

/** Every element's Estonian strings in one object, for tests and tools; elements load only their own parts. */
export const et: Strings = { ...finderEt, form: formEt, status: etStatus, ...safetyEt, quickExit: quickExitEt };
