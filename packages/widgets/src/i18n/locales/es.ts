/** Spanish strings of the widgets. */

import type { Strings } from './en.js';
import { finderEs } from './finder/es.js';
import { formEs } from './form/es.js';
import { quickExitEs } from './quick-exit/es.js';
import { safetyEs } from './safety/es.js';
import { esStatus } from './status/es.js';

/** Every element's Spanish strings in one object, for tests and tools; elements load only their own parts. */
export const es: Strings = { ...finderEs, form: formEs, status: esStatus, ...safetyEs, quickExit: quickExitEs };
