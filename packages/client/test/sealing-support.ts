/** Key pairs and helpers shared by the sealing tests. Keys come from WebCrypto (the schemas), not from jose. */
import { inspect } from 'node:util';
import { type EncryptionKeyPair, generateEncryptionKeyPair } from '@victim-referral/schemas';

export async function keyPairs(...kids: string[]): Promise<EncryptionKeyPair[]> {
  return Promise.all(kids.map((kid) => generateEncryptionKeyPair({ kid })));
}

export const publicKeys = (pairs: EncryptionKeyPair[]) => pairs.map((pair) => pair.publicKey);
export const privateKeys = (pairs: EncryptionKeyPair[]) => pairs.map((pair) => pair.privateKey);

/** The same base64url text with its first character changed, so its first byte differs. */
export function flipFirst(text: string): string {
  return `${text.startsWith('A') ? 'B' : 'A'}${text.slice(1)}`;
}

export function base64urlJson(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** Everything a developer could end up printing about an error. */
export function printed(error: unknown): string {
  return [
    String(error),
    (error as Error).stack,
    JSON.stringify(error),
    inspect(error, { depth: 10, showHidden: true }),
  ].join('\n');
}

/** A referral's personal fields, the part the sealing table seals. */
export const personalFields = {
  victim: {
    name: 'Anna Kowalska',
    languages: ['pl', 'en'],
    contact: { kind: 'safe-contact', channels: [{ method: 'phone', phone: '+48601234567' }], mayLeaveMessage: false },
  },
  caseSummary: 'Robbed near Rua Augusta on 3 March; passport stolen; flying home on Friday.',
  needs: { notes: 'Partner has access to her phone.' },
};
