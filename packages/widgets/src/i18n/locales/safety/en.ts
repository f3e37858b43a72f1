/**
 * The English strings of the emergency notice, which every element a victim may read in danger
 * shows. Other languages (`fr.ts`, …) export an object of the same type.
 */

export const safetyEn = {
  safety: {
    title: 'If you are in danger now',
    callNow: 'Call for help now. The emergency number is free from any phone.',
    callLocal: 'Call your local emergency number now.',
    emergencyLabel: 'Emergency: police, ambulance, fire',
    victimHelplineLabel: 'Helpline for victims of crime',
    ownHelplineLabel: 'Our helpline',
  },
};
