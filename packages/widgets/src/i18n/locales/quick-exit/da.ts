/** Danish strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitDa: typeof enQuickExit = {
  emphasis: 'Nødsituation',
  button: 'Forlad siden',
  keyboardHint: 'Eller tryk 3 gange på Skift-tasten',
  pressesLeft: plural('da', {
    one: 'Skift: tryk # gang mere for at forlade siden.',
    other: 'Skift: tryk # gange mere for at forlade siden.',
  }),
  expired: 'Forlad siden: tiden er udløbet.',
  exiting: 'Indlæser.',
  safetySummary: 'Sikker på nettet',
  safetyCannotHide:
    '“Forlad siden” skjuler hurtigt dette websted, men fjerner det ikke fra din browserhistorik. Den, der tjekker enheden eller netværket, kan stadig se, at du har besøgt det.',
  safetyStepsIntro: 'Sådan er du mere sikker:',
  safetySteps: [
    'brug et privat vindue (inkognito), som ikke gemmer historik',
    'slet bagefter dette websted fra din browserhistorik',
    'brug om muligt en enhed, som den person, du er bange for, ikke kan tjekke, fx en vens telefon eller en computer på biblioteket',
  ],
  safetyMore: 'Mere om at være sikker på nettet',
};
