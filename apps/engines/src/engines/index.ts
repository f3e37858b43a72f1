/** Opens a browser of each engine by name, for the journeys and the benchmark. */
import { type EngineName, Tab } from '../tab.js';
import { launchChromium } from './chromium.js';
import type { Engine } from './engine.js';
import { launchFirefox } from './firefox.js';
import { launchWebKit } from './webkit.js';

const launchers: Record<EngineName, () => Promise<Engine>> = {
  chromium: launchChromium,
  firefox: launchFirefox,
  webkit: launchWebKit,
};

export interface Browser {
  newTab(): Promise<Tab>;
  close(): Promise<void>;
}

export async function launch(engine: EngineName): Promise<Browser> {
  const running = await launchers[engine]();
  return {
    newTab: async () => new Tab(await running.newTab()),
    close: () => running.close(),
  };
}
