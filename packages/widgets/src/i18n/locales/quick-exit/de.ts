/** German strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitDe: typeof enQuickExit = {
  emphasis: 'Notfall',
  button: 'Diese Seite verlassen',
  keyboardHint: 'Oder drücken Sie 3-mal die Umschalttaste',
  pressesLeft: plural('de', { other: 'Umschalttaste: noch # Mal drücken, um die Seite zu verlassen.' }),
  expired: 'Diese Seite verlassen: Zeit abgelaufen.',
  exiting: 'Wird geladen.',
  safetySummary: 'Sicher im Internet',
  safetyCannotHide:
    '„Diese Seite verlassen“ blendet diese Website schnell aus, löscht sie aber nicht aus Ihrem Browserverlauf. Wer dieses Gerät oder das Netzwerk überprüft, kann trotzdem sehen, dass Sie sie besucht haben.',
  safetyStepsIntro: 'So sind Sie sicherer:',
  safetySteps: [
    'nutzen Sie ein privates Fenster (Inkognito-Modus), das keinen Verlauf speichert',
    'löschen Sie diese Website danach aus Ihrem Browserverlauf',
    'nutzen Sie wenn möglich ein Gerät, das die Person, vor der Sie Angst haben, nicht überprüfen kann, etwa das Telefon einer Freundin oder einen Computer in der Bibliothek',
  ],
  safetyMore: 'Mehr dazu, wie Sie im Internet sicher bleiben',
};
