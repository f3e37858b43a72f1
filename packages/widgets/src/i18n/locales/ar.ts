/** Arabic strings of the widgets. The reader is addressed in the plural, which is respectful and gender-neutral. */

import type { Strings } from './en.js';
import { finderAr } from './finder/ar.js';
import { formAr } from './form/ar.js';
import { quickExitAr } from './quick-exit/ar.js';
import { safetyAr } from './safety/ar.js';
import { arStatus } from './status/ar.js';

/** Every element's Arabic strings in one object, for tests and tools; elements load only their own parts. */
export const ar: Strings = { ...finderAr, form: formAr, status: arStatus, ...safetyAr, quickExit: quickExitAr };
