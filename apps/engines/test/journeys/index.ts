// Every journey, run in each engine in this order. A new journey is a file in this folder and a
// line here.
import { finder } from './finder.js';
import { finderLanguage } from './finder-language.js';
import type { Journey } from './journey.js';
import { keyboard } from './keyboard.js';
import { serviceMap } from './map.js';
import { nearMe } from './near-me.js';
import { quickExitByButton, quickExitByShift } from './quick-exit.js';
import { selfReferral } from './self-referral.js';
import { workspace } from './workspace.js';

export const journeys: readonly Journey[] = [
  finder,
  finderLanguage,
  selfReferral,
  keyboard,
  serviceMap,
  nearMe,
  quickExitByShift,
  quickExitByButton,
  workspace,
];
