import { describe, expect, it } from 'vitest';
import {
  VrQuickExit,
  VrReferralCase,
  VrReferralForm,
  VrReferralInbox,
  VrReferralStatus,
  VrServiceFinder,
} from '../src/index.js';
import { define } from '../src/shared/define.js';
import { mount } from './helpers.js';

describe('registration', () => {
  it('registers every tag once, and a second definition is a no-op', () => {
    expect(customElements.get('vr-service-finder')).toBe(VrServiceFinder);
    expect(customElements.get('vr-referral-form')).toBe(VrReferralForm);
    expect(customElements.get('vr-referral-status')).toBe(VrReferralStatus);
    expect(customElements.get('vr-quick-exit')).toBe(VrQuickExit);
    expect(customElements.get('vr-referral-inbox')).toBe(VrReferralInbox);
    expect(customElements.get('vr-referral-case')).toBe(VrReferralCase);
    class Impostor extends HTMLElement {}
    expect(() => define('vr-quick-exit', Impostor)).not.toThrow();
    expect(customElements.get('vr-quick-exit')).toBe(VrQuickExit);
  });

  it('loads the CDN loader and its API file next to the npm build without errors', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    const loader = new URL('../dist/cdn/victim-referral-widgets.js', import.meta.url).href;
    const api = new URL('../dist/cdn/victim-referral-api.js', import.meta.url).href;
    await import(/* @vite-ignore */ loader);
    const module = (await import(/* @vite-ignore */ api)) as {
      createTransport: unknown;
      listReferrals: { path: string };
    };
    mount('<vr-service-finder></vr-service-finder>');
    await new Promise((resolve) => setTimeout(resolve, 200));
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
    expect(typeof module.createTransport).toBe('function');
    expect(module.listReferrals.path).toBe('/v1/referrals');
    expect(customElements.get('vr-service-finder')).toBe(VrServiceFinder);
    expect(customElements.get('vr-quick-exit')).toBe(VrQuickExit);
  });
});
