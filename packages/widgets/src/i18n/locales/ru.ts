/** Russian strings of the widgets. */

import type { Strings } from './en.js';
import { finderRu } from './finder/ru.js';
import { formRu } from './form/ru.js';
import { quickExitRu } from './quick-exit/ru.js';
import { safetyRu } from './safety/ru.js';
import { ruStatus } from './status/ru.js';

/** Every element's Russian strings in one object, for tests and tools; elements load only their own parts. */
export const ru: Strings = { ...finderRu, form: formRu, status: ruStatus, ...safetyRu, quickExit: quickExitRu };
