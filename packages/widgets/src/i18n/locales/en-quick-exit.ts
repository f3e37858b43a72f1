/** The quick-exit button's English strings: bundled with the element, which must not wait for anything. */
import { plural } from '../plural.js';

export const enQuickExit = {
  emphasis: 'Emergency',
  button: 'Exit this page',
  keyboardHint: 'Or press the Shift key 3 times',
  pressesLeft: plural('en', {
    one: 'Shift, press # more time to exit.',
    other: 'Shift, press # more times to exit.',
  }),
  expired: 'Exit this page expired.',
  exiting: 'Loading.',
  safetySummary: 'Staying safe online',
  safetyCannotHide:
    'Exit this page hides this website quickly, but it cannot remove it from your browsing history. Someone who checks this device, or the network, may still see that you visited.',
  safetyStepsIntro: 'To be safer:',
  safetySteps: [
    'use a private or incognito window, which keeps no history',
    'afterwards, delete this website from your browsing history',
    'if you can, use a device that the person you fear cannot check, such as a friend’s phone or a library computer',
  ],
  safetyMore: 'More about staying safe online',
};
