/** Portuguese (European) strings of the widgets. */

import type { Strings } from './en.js';
import { finderPt } from './finder/pt.js';
import { formPt } from './form/pt.js';
import { quickExitPt } from './quick-exit/pt.js';
import { safetyPt } from './safety/pt.js';
import { ptStatus } from './status/pt.js';

/** Every element's Portuguese (European) strings in one object, for tests and tools; elements load only their own parts. */
export const pt: Strings = { ...finderPt, form: formPt, status: ptStatus, ...safetyPt, quickExit: quickExitPt };
