/** Polish strings of the widgets. */

import type { Strings } from './en.js';
import { finderPl } from './finder/pl.js';
import { formPl } from './form/pl.js';
import { quickExitPl } from './quick-exit/pl.js';
import { safetyPl } from './safety/pl.js';
import { plStatus } from './status/pl.js';

/** Every element's Polish strings in one object, for tests and tools; elements load only their own parts. */
export const pl: Strings = { ...finderPl, form: formPl, status: plStatus, ...safetyPl, quickExit: quickExitPl };
