/** German strings of the widgets. */

import type { Strings } from './en.js';
import { finderDe } from './finder/de.js';
import { formDe } from './form/de.js';
import { quickExitDe } from './quick-exit/de.js';
import { safetyDe } from './safety/de.js';
import { deStatus } from './status/de.js';

/** Every element's German strings in one object, for tests and tools; elements load only their own parts. */
export const de: Strings = { ...finderDe, form: formDe, status: deStatus, ...safetyDe, quickExit: quickExitDe };
