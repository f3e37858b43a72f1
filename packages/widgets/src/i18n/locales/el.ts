/** Greek strings of the widgets. */

import type { Strings } from './en.js';
import { finderEl } from './finder/el.js';
import { formEl } from './form/el.js';
import { quickExitEl } from './quick-exit/el.js';
import { safetyEl } from './safety/el.js';
import { elStatus } from './status/el.js';

/** Every element's Greek strings in one object, for tests and tools; elements load only their own parts. */
export const el: Strings = { ...finderEl, form: formEl, status: elStatus, ...safetyEl, quickExit: quickExitEl };
