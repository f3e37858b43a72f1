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
};
