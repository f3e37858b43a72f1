/** Turkish strings of the widgets. */

import type { Strings } from './en.js';
import { finderTr } from './finder/tr.js';
import { formTr } from './form/tr.js';
import { quickExitTr } from './quick-exit/tr.js';
import { safetyTr } from './safety/tr.js';
import { trStatus } from './status/tr.js';

/** Every element's Turkish strings in one object, for tests and tools; elements load only their own parts. */
export const tr: Strings = { ...finderTr, form: formTr, status: trStatus, ...safetyTr, quickExit: quickExitTr };
