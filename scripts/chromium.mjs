// Debian's Chromium, as every browser test and benchmark of the repository launches it. No test
// tool may download a browser of its own; CHROMIUM_PATH points elsewhere when needed.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Headless, and no background traffic: this machine reaches no network beyond its registries. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
