/**
 * An organisation's published encryption keys: its point of contact publishes a new key and
 * retires an old one; senders seal to every key published at the time. Retiring a key does not
 * touch what was sealed to it: only the member, who holds the private key, can still open that.
 */
import type { EncryptionKey, Organisation } from '@victim-referral/schemas';
import type { Runtime } from '../runtime.js';
import { getOrganisation, replaceOrganisation } from '../store/organisations.js';
import { DomainError, notFound } from './errors.js';

/** How many keys an organisation publishes at most (the schema's limit): a rotation needs two. */
const maxKeys = 10;

function ownOrganisation(rt: Runtime, callerOrganisationId: string, id: string): Organisation {
  const organisation = getOrganisation(rt.db, id);
  if (!organisation) throw notFound('Organisation');
  if (organisation.id !== callerOrganisationId) {
    throw new DomainError(403, 'forbidden', "Only an organisation's own point of contact manages its keys");
  }
  return organisation;
}

function saveKeys(rt: Runtime, organisation: Organisation, keys: EncryptionKey[]): Organisation {
  const { encryptionKeys: _previous, ...rest } = organisation;
  const changed: Organisation = {
    ...rest,
    ...(keys.length > 0 && { encryptionKeys: keys }),
    updatedAt: rt.now().toISOString(),
  };
  replaceOrganisation(rt.db, changed);
  return changed;
}

export function publishKey(rt: Runtime, callerOrganisationId: string, id: string, key: EncryptionKey): Organisation {
  const organisation = ownOrganisation(rt, callerOrganisationId, id);
  const keys = organisation.encryptionKeys ?? [];
  if (keys.some((published) => published.kid === key.kid)) {
    throw new DomainError(409, 'conflict', `A key with kid ${key.kid} is already published`);
  }
  if (keys.length >= maxKeys) {
    throw new DomainError(409, 'conflict', `At most ${maxKeys} keys at once: retire an old key first`);
  }
  return saveKeys(rt, organisation, [...keys, key]);
}

export function retireKey(rt: Runtime, callerOrganisationId: string, id: string, kid: string): void {
  const organisation = ownOrganisation(rt, callerOrganisationId, id);
  const keys = organisation.encryptionKeys ?? [];
  if (!keys.some((published) => published.kid === kid)) throw notFound('Key');
  saveKeys(
    rt,
    organisation,
    keys.filter((published) => published.kid !== kid),
  );
}
