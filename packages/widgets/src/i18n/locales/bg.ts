/** Bulgarian strings of the widgets. */

import type { Strings } from './en.js';
import { finderBg } from './finder/bg.js';
import { formBg } from './form/bg.js';
import { quickExitBg } from './quick-exit/bg.js';
import { safetyBg } from './safety/bg.js';
import { bgStatus } from './status/bg.js';

/** Every element's Bulgarian strings in one object, for tests and tools; elements load only their own parts. */
export const bg: Strings = { ...finderBg, form: formBg, status: bgStatus, ...safetyBg, quickExit: quickExitBg };
