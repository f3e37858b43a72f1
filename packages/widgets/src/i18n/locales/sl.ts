/** Slovenian strings of the widgets. */

import type { Strings } from './en.js';
import { finderSl } from './finder/sl.js';
import { formSl } from './form/sl.js';
import { quickExitSl } from './quick-exit/sl.js';
import { safetySl } from './safety/sl.js';
import { slStatus } from './status/sl.js';

/** Every element's Slovenian strings in one object, for tests and tools; elements load only their own parts. */
export const sl: Strings = { ...finderSl, form: formSl, status: slStatus, ...safetySl, quickExit: quickExitSl };
