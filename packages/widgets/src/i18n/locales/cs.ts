/** Czech strings of the widgets. */

import type { Strings } from './en.js';
import { finderCs } from './finder/cs.js';
import { formCs } from './form/cs.js';
import { quickExitCs } from './quick-exit/cs.js';
import { safetyCs } from './safety/cs.js';
import { csStatus } from './status/cs.js';

/** Every element's Czech strings in one object, for tests and tools; elements load only their own parts. */
export const cs: Strings = { ...finderCs, form: formCs, status: csStatus, ...safetyCs, quickExit: quickExitCs };
