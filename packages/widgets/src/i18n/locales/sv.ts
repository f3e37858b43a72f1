/** Swedish strings of the widgets. */

import type { Strings } from './en.js';
import { finderSv } from './finder/sv.js';
import { formSv } from './form/sv.js';
import { quickExitSv } from './quick-exit/sv.js';
import { safetySv } from './safety/sv.js';
import { svStatus } from './status/sv.js';

/** Every element's Swedish strings in one object, for tests and tools; elements load only their own parts. */
export const sv: Strings = { ...finderSv, form: formSv, status: svStatus, ...safetySv, quickExit: quickExitSv };
