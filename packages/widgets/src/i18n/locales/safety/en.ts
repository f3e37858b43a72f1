/**
 * The English strings of the emergency notice (every element that may show it) and the quick exit.
 * Other languages (`fr.ts`, …) export an object of the same type.
 */
import { enQuickExit } from '../en-quick-exit.js';

export const safetyEn = {
  safety: {
    title: 'If you are in danger now',
    callNow: 'Call for help now. The emergency number is free from any phone.',
    callLocal: 'Call your local emergency number now.',
    emergencyLabel: 'Emergency: police, ambulance, fire',
    victimHelplineLabel: 'Helpline for victims of crime',
    ownHelplineLabel: 'Our helpline',
  },
  quickExit: enQuickExit,
};
