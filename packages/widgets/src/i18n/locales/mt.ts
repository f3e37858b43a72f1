/** Maltese strings of the widgets. */

import type { Strings } from './en.js';
import { finderMt } from './finder/mt.js';
import { formMt } from './form/mt.js';
import { quickExitMt } from './quick-exit/mt.js';
import { safetyMt } from './safety/mt.js';
import { mtStatus } from './status/mt.js';

/** Every element's Maltese strings in one object, for tests and tools; elements load only their own parts. */
export const mt: Strings = { ...finderMt, form: formMt, status: mtStatus, ...safetyMt, quickExit: quickExitMt };
