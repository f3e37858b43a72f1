/** Greek strings of the emergency notice (see `en.ts`). */
import type { safetyEn } from './en.js';

export const safetyEl: typeof safetyEn = {
  safety: {
    title: 'Αν κινδυνεύετε τώρα',
    callNow: 'Ζητήστε βοήθεια τώρα. Ο αριθμός έκτακτης ανάγκης είναι δωρεάν από κάθε τηλέφωνο.',
    callLocal: 'Καλέστε τώρα τον αριθμό έκτακτης ανάγκης της χώρας σας.',
    emergencyLabel: 'Έκτακτη ανάγκη: αστυνομία, ασθενοφόρο, πυροσβεστική',
    victimHelplineLabel: 'Γραμμή βοήθειας για θύματα εγκλημάτων',
    ownHelplineLabel: 'Η γραμμή βοήθειάς μας',
  },
};
