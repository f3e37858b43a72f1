/** Dutch strings of the widgets. */

import type { Strings } from './en.js';
import { finderNl } from './finder/nl.js';
import { formNl } from './form/nl.js';
import { quickExitNl } from './quick-exit/nl.js';
import { safetyNl } from './safety/nl.js';
import { nlStatus } from './status/nl.js';

/** Every element's Dutch strings in one object, for tests and tools; elements load only their own parts. */
export const nl: Strings = { ...finderNl, form: formNl, status: nlStatus, ...safetyNl, quickExit: quickExitNl };
