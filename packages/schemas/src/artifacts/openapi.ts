/** The OpenAPI 3.1 document of the protocol, derived from the contract and the catalog. */
import { STATUS_CODES } from 'node:http';
import * as z from 'zod/mini';
import { type SchemaName, schemaCatalog, schemaNames } from '../catalog.js';
import {
  type Credential,
  contract,
  credentialPrefixes,
  type EndpointDefinition,
  resources,
  sandboxDefaultUrl,
} from '../contract/index.js';
import { idempotencyKeyHeader, idempotentReplayedHeader, requestIdHeader } from '../headers.js';
import { type Annotations, type JsonSchema, pascalCase, recordAnnotations, toJsonSchemas } from './json-schema.js';
import { webhookDeliveries } from './openapi-webhooks.js';

type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, JsonSchema>> };

const componentRef = (id: string) => `#/components/schemas/${id}`;

const securitySchemeNames = {
  'publishable-key': 'publishableKey',
  'contact-token': 'contactToken',
  'admin-token': 'adminToken',
} as const satisfies Record<Exclude<Credential, 'none'>, string>;

const securitySchemeDescriptions = {
  'publishable-key': 'Publishable key of an organisation, embedded in public widgets',
  'contact-token': "Contact token of an organisation's point of contact",
  'admin-token': 'Administrator token (sandbox only)',
} as const satisfies Record<Exclude<Credential, 'none'>, string>;

function securitySchemes() {
  return Object.fromEntries(
    Object.entries(securitySchemeNames).map(([credential, name]) => {
      const key = credential as keyof typeof securitySchemeNames;
      return [
        name,
        {
          type: 'http',
          scheme: 'bearer',
          description: `${securitySchemeDescriptions[key]}: \`${credentialPrefixes[key]}...\``,
        },
      ];
    }),
  );
}

function security(auth: readonly Credential[]) {
  if (auth.includes('none')) return [];
  return auth.map((credential) => ({ [securitySchemeNames[credential as keyof typeof securitySchemeNames]]: [] }));
}

/** Generates every schema of the contract in one pass so catalog records become `$ref`s. */
function generateSchemas(annotations: Annotations) {
  const registry = z.registry<{ id: string }>();
  for (const name of schemaNames) registry.add(schemaCatalog[name], { id: pascalCase(name) });
  const register = (schema: z.ZodMiniType | null | undefined, id: string) => {
    if (schema && !registry.has(schema)) registry.add(schema, { id });
  };
  for (const [operationId, definition] of Object.entries(contract) as [string, EndpointDefinition][]) {
    register(definition.params, `${operationId}.params`);
    register(definition.query, `${operationId}.query`);
    register(definition.body, `${operationId}.body`);
    register(definition.success.body, `${operationId}.response`);
  }
  const schemas = toJsonSchemas(registry, annotations.descriptions, componentRef);
  const schemaOf = (schema: z.ZodMiniType): JsonSchema => {
    const id = registry.get(schema)?.id;
    const { $schema: _dialect, $id: _id, ...body } = (id && schemas[id]) as JsonSchema;
    return body;
  };
  const records = new Map(schemaNames.map((name) => [pascalCase(name), name]));
  const component = (name: SchemaName) => ({
    ...schemaOf(schemaCatalog[name]),
    ...recordAnnotations(name, annotations),
  });
  const use = (schema: z.ZodMiniType): JsonSchema => {
    const id = registry.get(schema)?.id as string;
    return records.has(id) ? { $ref: componentRef(id) } : schemaOf(schema);
  };
  /** The catalog records `document` refers to, directly or through other records. */
  const componentsOf = (document: unknown) => {
    const used = new Map<string, JsonSchema>();
    const follow = (value: unknown) => {
      for (const [, id = ''] of JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g)) {
        const name = records.get(id);
        if (!name || used.has(id)) continue;
        used.set(id, component(name));
        follow(used.get(id));
      }
    };
    follow(document);
    return Object.fromEntries([...records.keys()].filter((id) => used.has(id)).map((id) => [id, used.get(id)]));
  };
  return { componentsOf, use, schemaOf };
}

function parameters(objectSchema: JsonSchema, location: 'path' | 'query') {
  const properties = (objectSchema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((objectSchema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, { description, ...schema }]) => ({
    name,
    in: location,
    required: location === 'path' || required.has(name),
    ...(typeof description === 'string' && { description }),
    schema,
  }));
}

const headerRef = (name: string) => ({ $ref: `#/components/headers/${name}` });

function statusDescription(status: number): string {
  return STATUS_CODES[status] ?? `Status ${status}`;
}

export function buildOpenApiDocument(options: { version: string; annotations: Annotations }): OpenApiDocument {
  const { componentsOf, use, schemaOf } = generateSchemas(options.annotations);
  const paths: OpenApiDocument['paths'] = {};
  for (const [operationId, definition] of Object.entries(contract) as [string, EndpointDefinition][]) {
    const responses: Record<string, JsonSchema> = {
      [definition.success.status]: {
        description: statusDescription(definition.success.status),
        headers: definition.idempotent
          ? { [requestIdHeader]: headerRef('RequestId'), [idempotentReplayedHeader]: headerRef('IdempotentReplayed') }
          : { [requestIdHeader]: headerRef('RequestId') },
        ...(definition.success.body && {
          content: { 'application/json': { schema: use(definition.success.body) } },
        }),
      },
    };
    for (const status of definition.errors) {
      responses[status] = { $ref: `#/components/responses/Problem${status}` };
    }
    const operation: JsonSchema = {
      operationId,
      tags: [definition.resource],
      summary: definition.summary,
      security: security(definition.auth),
      parameters: [
        ...(definition.params ? parameters(schemaOf(definition.params), 'path') : []),
        ...(definition.query ? parameters(schemaOf(definition.query), 'query') : []),
        ...(definition.idempotent ? [{ $ref: '#/components/parameters/IdempotencyKey' }] : []),
      ],
      ...(definition.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: use(definition.body) } } } }
        : {}),
      responses,
    };
    paths[definition.path] = { ...paths[definition.path], [definition.method.toLowerCase()]: operation };
  }
  const errorStatuses = [...new Set(Object.values(contract).flatMap((definition) => definition.errors))].sort();
  const webhooks = webhookDeliveries(use);
  const problemResponses = Object.fromEntries(
    errorStatuses.map((status) => [
      `Problem${status}`,
      {
        description: statusDescription(status),
        content: { 'application/problem+json': { schema: { $ref: componentRef('ProblemDetails') } } },
      },
    ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'Victim referral protocol',
      version: options.version,
      description:
        'Cross-border referral of victims of crime between member organisations of a victim-support network. ' +
        'Generated from the contract of @victim-referral/schemas; JSON Schemas of every record in its json-schema/ folder.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: sandboxDefaultUrl, description: 'The reference sandbox on its default address' }],
    tags: Object.entries(resources).map(([name, description]) => ({ name, description })),
    paths,
    webhooks,
    components: {
      schemas: componentsOf({ paths, webhooks, problemResponses }),
      securitySchemes: securitySchemes(),
      parameters: {
        IdempotencyKey: {
          name: idempotencyKeyHeader,
          in: 'header',
          required: false,
          description: 'A retried create with the same key and body returns the first result, never a second record.',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
      headers: {
        RequestId: {
          description: `The id to quote when asking what happened; a request may give its own in ${requestIdHeader}.`,
          schema: { type: 'string' },
        },
        IdempotentReplayed: {
          description: `\`true\` when the answer repeats the first answer to this ${idempotencyKeyHeader}.`,
          schema: { type: 'string', enum: ['true'] },
        },
      },
      responses: problemResponses,
    },
  };
}
