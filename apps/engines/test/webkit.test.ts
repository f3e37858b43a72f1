import { runJourneys } from './run-journeys.js';

runJourneys('webkit');
