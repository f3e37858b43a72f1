/**
 * Every user-visible English string of the widgets, one part per element (`finder/`, `form/`,
 * `status/`, `safety/`, `quick-exit/`; the workspace's are apart in `workspace/`). Each element loads only the
 * parts it shows, in the page's language (see `LocaleController`); this whole object gives their
 * shape (`Strings`), and tests and tools read every string from it. Functions take the values to
 * interpolate; `plural()` picks the CLDR plural form and writes the number where `#` stands.
 */
import { enQuickExit } from './en-quick-exit.js';
import { finderEn } from './finder/en.js';
import { formEn } from './form/en.js';
import { safetyEn } from './safety/en.js';
import { enStatus } from './status/en.js';

export const en = { ...finderEn, form: formEn, status: enStatus, ...safetyEn, quickExit: enQuickExit };

/** The shape every locale's strings must have. */
export type Strings = typeof en;
