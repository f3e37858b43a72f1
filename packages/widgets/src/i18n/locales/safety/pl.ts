/** Polish strings of the emergency notice and the quick exit (see `en.ts`). */
import { plural } from '../../plural.js';
import type { safetyEn } from './en.js';

export const safetyPl: typeof safetyEn = {
  safety: {
    title: 'Jeśli teraz grozi Ci niebezpieczeństwo',
    callNow: 'Wezwij pomoc teraz. Numer alarmowy jest bezpłatny z każdego telefonu.',
    callLocal: 'Zadzwoń teraz pod numer alarmowy w swoim kraju.',
    emergencyLabel: 'Numer alarmowy: policja, pogotowie, straż pożarna',
    victimHelplineLabel: 'Telefon zaufania dla osób pokrzywdzonych przestępstwem',
    ownHelplineLabel: 'Nasz telefon zaufania',
  },
  quickExit: {
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
  },
};
