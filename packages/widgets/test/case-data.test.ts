import { sealFor } from '@victim-referral/client/sealing';
import { generateEncryptionKeyPair, type Referral, splitSealed } from '@victim-referral/schemas';
import { describe, expect, it } from 'vitest';
import { openCase } from '../src/case/case-data.js';
import { hostContact, referToHost } from './workspace-support.js';

/** A referral of the sandbox as it would travel sealed: its sealed part replaced by a JWE for `kid`. */
async function sealedCopy(kid: string) {
  const referral = await hostContact.referrals.get(await referToHost());
  const pair = await generateEncryptionKeyPair({ kid });
  const { clear, sealed } = splitSealed('referral', referral);
  const jwe = await sealFor([pair.publicKey], sealed);
  return { referral, sealedReferral: { ...clear, sealed: jwe } as unknown as Referral, privateKey: pair.privateKey };
}

describe('opening a sealed case in the browser', () => {
  it('opens it with the right private key and merges it back into the clear record', async () => {
    const { referral, sealedReferral, privateKey } = await sealedCopy('receiver-2026');
    expect(sealedReferral.victim).toBeUndefined();
    const opened = await openCase(sealedReferral, [privateKey], undefined);
    expect(opened.sealed).toEqual({ state: 'opened' });
    expect(opened.referral.victim).toEqual(referral.victim);
    expect(opened.referral.caseSummary).toBe(referral.caseSummary);
    expect(opened.referral).not.toHaveProperty('sealed');
  });

  it('names the key ids it was sealed for and tried, never key material, when the keys do not fit', async () => {
    const { sealedReferral } = await sealedCopy('receiver-2026');
    const wrong = await generateEncryptionKeyPair({ kid: 'old-2025' });
    const opened = await openCase(sealedReferral, [wrong.privateKey], undefined);
    expect(opened.sealed).toEqual({ state: 'locked', triedKids: [], recipientKids: ['receiver-2026'] });
    expect(opened.referral.victim).toBeUndefined();
    expect(await openCase(sealedReferral, undefined, undefined)).toMatchObject({ sealed: { state: 'need-key' } });
  });
});
