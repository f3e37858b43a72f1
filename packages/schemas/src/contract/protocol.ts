/** The protocol's own description: its version, links and vocabularies. */
import { ProtocolInfo, Taxonomy } from '../records/protocol.js';
import { endpoint } from './endpoint.js';

export const getProtocolInfo = endpoint({
  method: 'GET',
  path: '/v1',
  resource: 'protocol',
  summary: 'Protocol version and links to the OpenAPI document and JSON Schemas',
  auth: ['none'],
  success: { status: 200, body: ProtocolInfo },
  errors: [],
});

export const getTaxonomy = endpoint({
  method: 'GET',
  path: '/v1/taxonomy',
  resource: 'protocol',
  summary: 'The controlled vocabularies with their labels',
  auth: ['none'],
  success: { status: 200, body: Taxonomy },
  errors: [],
});
