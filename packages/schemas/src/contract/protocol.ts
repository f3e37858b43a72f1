/** The protocol's own description: its version, links and vocabularies. */
import { ProtocolInfo, Taxonomy } from '../records/protocol.js';
import { endpoint } from './endpoint.js';

// No credential to refuse and nothing to validate: a server answers these to anyone, but may still
// limit how often.
const publicErrors = [429] as const;

export const getProtocolInfo = endpoint({
  method: 'GET',
  path: '/v1',
  resource: 'protocol',
  summary: 'Protocol version and links to the OpenAPI document and JSON Schemas',
  auth: ['none'],
  success: { status: 200, body: ProtocolInfo },
  errors: publicErrors,
});

export const getTaxonomy = endpoint({
  method: 'GET',
  path: '/v1/taxonomy',
  resource: 'protocol',
  summary: 'The controlled vocabularies with their labels',
  auth: ['none'],
  success: { status: 200, body: Taxonomy },
  errors: publicErrors,
});
