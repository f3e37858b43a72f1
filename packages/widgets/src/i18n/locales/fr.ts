/** French strings of the widgets. */

import type { Strings } from './en.js';
import { finderFr } from './finder/fr.js';
import { formFr } from './form/fr.js';
import { quickExitFr } from './quick-exit/fr.js';
import { safetyFr } from './safety/fr.js';
import { frStatus } from './status/fr.js';

/** Every element's French strings in one object, for tests and tools; elements load only their own parts. */
export const fr: Strings = { ...finderFr, form: formFr, status: frStatus, ...safetyFr, quickExit: quickExitFr };
