import type { EngineTab } from '../tab.js';

/** A running browser of one engine: tabs in fresh, separate profiles (no shared history or storage). */
export interface Engine {
  newTab(): Promise<EngineTab>;
  /** Stops the browser and every process started for it. */
  close(): Promise<void>;
}
