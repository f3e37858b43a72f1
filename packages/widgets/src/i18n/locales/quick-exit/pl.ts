/** Polish strings of the quick exit (see `../en-quick-exit.ts`). */
import { plural } from '../../plural.js';
import type { enQuickExit } from '../en-quick-exit.js';

export const quickExitPl: typeof enQuickExit = {
  emphasis: 'Sytuacja awaryjna',
  button: 'Opuść tę stronę',
  keyboardHint: 'Możesz też nacisnąć klawisz Shift 3 razy',
  pressesLeft: plural('pl', {
    one: 'Shift: naciśnij jeszcze # raz, aby wyjść.',
    few: 'Shift: naciśnij jeszcze # razy, aby wyjść.',
    many: 'Shift: naciśnij jeszcze # razy, aby wyjść.',
    other: 'Shift: naciśnij jeszcze # razy, aby wyjść.',
  }),
  expired: 'Opuszczanie strony: czas minął.',
  exiting: 'Wczytywanie.',
  safetySummary: 'Bezpieczeństwo w internecie',
  safetyCannotHide:
    'Przycisk „Opuść tę stronę” szybko ukrywa tę stronę, ale nie usuwa jej z historii przeglądania. Osoba, która sprawdza to urządzenie lub sieć, może nadal zobaczyć, że ją odwiedzono.',
  safetyStepsIntro: 'Dla większego bezpieczeństwa:',
  safetySteps: [
    'korzystaj z okna prywatnego (incognito), które nie zapisuje historii',
    'potem usuń tę stronę z historii przeglądania',
    'jeśli możesz, używaj urządzenia, którego osoba, której się boisz, nie może sprawdzić, np. telefonu przyjaciółki lub komputera w bibliotece',
  ],
  safetyMore: 'Więcej o bezpieczeństwie w internecie',
};
