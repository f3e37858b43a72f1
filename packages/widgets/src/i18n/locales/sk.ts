/** Slovak strings of the widgets. */

import type { Strings } from './en.js';
import { finderSk } from './finder/sk.js';
import { formSk } from './form/sk.js';
import { quickExitSk } from './quick-exit/sk.js';
import { safetySk } from './safety/sk.js';
import { skStatus } from './status/sk.js';

/** Every element's Slovak strings in one object, for tests and tools; elements load only their own parts. */
export const sk: Strings = { ...finderSk, form: formSk, status: skStatus, ...safetySk, quickExit: quickExitSk };
