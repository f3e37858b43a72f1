/** Croatian strings of the widgets. */

import type { Strings } from './en.js';
import { finderHr } from './finder/hr.js';
import { formHr } from './form/hr.js';
import { quickExitHr } from './quick-exit/hr.js';
import { safetyHr } from './safety/hr.js';
import { hrStatus } from './status/hr.js';

/** Every element's Croatian strings in one object, for tests and tools; elements load only their own parts. */
export const hr: Strings = { ...finderHr, form: formHr, status: hrStatus, ...safetyHr, quickExit: quickExitHr };
