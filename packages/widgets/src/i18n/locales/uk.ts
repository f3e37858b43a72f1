/** Ukrainian strings of the widgets. */

import type { Strings } from './en.js';
import { finderUk } from './finder/uk.js';
import { formUk } from './form/uk.js';
import { quickExitUk } from './quick-exit/uk.js';
import { safetyUk } from './safety/uk.js';
import { ukStatus } from './status/uk.js';

/** Every element's Ukrainian strings in one object, for tests and tools; elements load only their own parts. */
export const uk: Strings = { ...finderUk, form: formUk, status: ukStatus, ...safetyUk, quickExit: quickExitUk };
