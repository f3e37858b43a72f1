/**
 * The browser's real geolocation, driven through the DevTools protocol of the test's Chromium
 * context (as Playwright's `context.grantPermissions` and `setGeolocation` do).
 */
import { cdp } from 'vitest/browser';

async function browserContextId(): Promise<string | undefined> {
  const info = (await cdp().send('Target.getTargetInfo')) as { targetInfo: { browserContextId?: string } };
  return info.targetInfo.browserContextId;
}

/** Permission granted, the device at `point`. */
export async function grantPosition(point: { latitude: number; longitude: number }): Promise<void> {
  await cdp().send('Browser.grantPermissions', {
    permissions: ['geolocation'],
    browserContextId: await browserContextId(),
  });
  await cdp().send('Emulation.setGeolocationOverride', { ...point, accuracy: 10 });
}

/** The user refused to share the position. */
export async function denyPosition(): Promise<void> {
  await cdp().send('Browser.setPermission', {
    permission: { name: 'geolocation' },
    setting: 'denied',
    browserContextId: await browserContextId(),
  });
}

/** Permission granted, but the device cannot tell where it is. */
export async function positionUnavailable(): Promise<void> {
  await cdp().send('Browser.grantPermissions', {
    permissions: ['geolocation'],
    browserContextId: await browserContextId(),
  });
  await cdp().send('Emulation.setGeolocationOverride', {});
}

export async function resetGeolocation(): Promise<void> {
  await cdp().send('Browser.resetPermissions', { browserContextId: await browserContextId() });
  await cdp().send('Emulation.clearGeolocationOverride');
}
