import type { Service } from '@victim-referral/schemas';
import { addOrganisation, addService, changeService } from '../domain/directory.js';
import { publishKey, retireKey } from '../domain/encryption-keys.js';
import { DomainError, notFound } from '../domain/errors.js';
import { publicService } from '../domain/public-service.js';
import { changeableService, checkNewServiceOwner } from '../domain/service-ownership.js';
import type { Runtime } from '../runtime.js';
import { getOrganisation, listOrganisations, organisationNamed } from '../store/organisations.js';
import { getService } from '../store/services.js';
import { editorOf, partyOf } from './caller.js';
import { decodeCursor, defaultPageSize, toPage } from './pagination.js';
import type { Operations } from './types.js';

type DirectoryOperations = Pick<
  Operations,
  | 'listOrganisations'
  | 'getOrganisation'
  | 'createOrganisation'
  | 'publishEncryptionKey'
  | 'retireEncryptionKey'
  | 'listServices'
  | 'getService'
  | 'createService'
  | 'updateService'
  | 'withdrawService'
>;

function requireOrganisation(rt: Runtime, id: string): void {
  if (!getOrganisation(rt.db, id)) {
    throw new DomainError(400, 'validation-failed', 'No such organisation', {
      errors: [{ path: '/organisationId', message: 'No such organisation', code: 'unknown-organisation' }],
    });
  }
}

export function directoryOperations(rt: Runtime): DirectoryOperations {
  return {
    listOrganisations: ({ query }) => {
      const limit = query.limit ?? defaultPageSize;
      const after = decodeCursor('organisations', query.cursor);
      const rows = listOrganisations(rt.db, {
        country: query.country,
        afterSeq: Number(after?.[0] ?? 0),
        limit: limit + 1,
      });
      return {
        body: toPage(
          rows,
          limit,
          'organisations',
          (row) => [row.seq],
          (row) => row.organisation,
        ),
      };
    },

    getOrganisation: ({ params }) => {
      const organisation = getOrganisation(rt.db, params.id);
      if (!organisation) throw notFound('Organisation');
      return { body: organisation };
    },

    createOrganisation: ({ body }) => {
      if (organisationNamed(rt.db, body.name, body.country)) {
        throw new DomainError(409, 'conflict', 'An organisation of that name already exists in that country');
      }
      // The administrator who made the organisation sees its credentials in this answer, and never again.
      const { organisation, credentials } = addOrganisation(rt, body);
      return { body: { ...organisation, credentials } };
    },

    publishEncryptionKey: ({ caller, params, body }) => ({
      body: publishKey(rt, partyOf(caller).organisationId, params.id, body),
    }),

    retireEncryptionKey: ({ caller, params }) => {
      retireKey(rt, partyOf(caller).organisationId, params.id, params.kid);
      return { body: null };
    },

    listServices: ({ query }) => {
      if (query.radiusKm !== undefined && query.near === undefined) {
        throw new DomainError(400, 'validation-failed', 'radiusKm needs near', {
          errors: [{ path: '/radiusKm', message: 'Give near=latitude,longitude with radiusKm', code: 'requires-near' }],
        });
      }
      const limit = query.limit ?? defaultPageSize;
      const list = query.near === undefined ? 'services' : 'services-near';
      const after = decodeCursor(list, query.cursor, query.near === undefined ? 1 : 2);
      const rows = rt.services.search(query, rt.now(), limit + 1, after);
      return {
        body: toPage(
          rows,
          limit,
          list,
          (hit) => (hit.distanceKm === undefined ? [hit.seq] : [hit.distanceKm, hit.seq]),
          (hit): Service => hit.service,
        ),
      };
    },

    getService: ({ params }) => {
      const service = getService(rt.db, params.id);
      if (!service || service.withdrawnAt !== undefined) throw notFound('Service');
      return { body: publicService(service) };
    },

    createService: ({ caller, body }) => {
      checkNewServiceOwner(editorOf(caller), body.organisationId);
      requireOrganisation(rt, body.organisationId);
      return { body: publicService(addService(rt, body)) };
    },

    updateService: ({ caller, params, body }) => {
      const current = changeableService(rt, editorOf(caller), params.id, body.organisationId);
      if (body.organisationId !== undefined) requireOrganisation(rt, body.organisationId);
      const service: Service = { ...current, ...body, updatedAt: rt.now().toISOString() };
      changeService(rt, service);
      return { body: publicService(service) };
    },

    withdrawService: ({ caller, params }) => {
      const at = rt.now().toISOString();
      changeService(rt, { ...changeableService(rt, editorOf(caller), params.id), withdrawnAt: at, updatedAt: at });
      return { body: null };
    },
  };
}
