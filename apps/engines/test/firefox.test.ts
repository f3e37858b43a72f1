import { runJourneys } from './run-journeys.js';

runJourneys('firefox');
