/** Hungarian strings of the widgets. */

import type { Strings } from './en.js';
import { finderHu } from './finder/hu.js';
import { formHu } from './form/hu.js';
import { quickExitHu } from './quick-exit/hu.js';
import { safetyHu } from './safety/hu.js';
import { huStatus } from './status/hu.js';

/** Every element's Hungarian strings in one object, for tests and tools; elements load only their own parts. */
export const hu: Strings = { ...finderHu, form: formHu, status: huStatus, ...safetyHu, quickExit: quickExitHu };
