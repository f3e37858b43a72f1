import { runJourneys } from './run-journeys.js';

runJourneys('chromium');
