import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { pascalCase } from '../src/artifacts/json-schema.js';
import { contract, idempotencyKeyHeader, requestIdHeader, schemaNames } from '../src/index.js';
import { distDir, docsDir, readJson } from './support.js';

type Operation = {
  operationId: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters: { name?: string; in?: string; required?: boolean; $ref?: string; schema?: unknown }[];
  requestBody?: { content: Record<string, { schema: unknown }> };
  responses: Record<string, { $ref?: string; content?: Record<string, { schema: unknown }> }>;
};
type Document = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, unknown>;
    responses: Record<string, { content: Record<string, unknown> }>;
    parameters: Record<string, { name: string; in: string }>;
  };
};

const document = readJson(`${distDir}openapi.json`) as Document;
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);

/** The endpoint table of docs/protocol.md: `| GET/POST | \`/v1/...\` ... |` rows. */
function protocolTable(): { method: string; path: string }[] {
  const markdown = readFileSync(`${docsDir}protocol.md`, 'utf8');
  return [
    ...markdown.matchAll(/^\| ((?:GET|POST|PATCH|DELETE)(?:\/(?:GET|POST|PATCH|DELETE))*) \| `([^`]+)`/gm),
  ].flatMap(([, methods = '', path = '']) => methods.split('/').map((method) => ({ method, path })));
}

describe('dist/openapi.json', () => {
  let validation: { valid: boolean; errors?: unknown };
  beforeAll(async () => {
    const validator = new Validator();
    validation = await validator.validate(structuredClone(document));
  });

  it('is a valid OpenAPI 3.1 document', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(validation.errors).toBeUndefined();
    expect(validation.valid).toBe(true);
  });

  it('has every contract endpoint once, named by its contract key', () => {
    expect(operations.map(({ operation }) => operation.operationId).sort()).toEqual(Object.keys(contract).sort());
    for (const [operationId, definition] of Object.entries(contract)) {
      const operation = document.paths[definition.path]?.[definition.method.toLowerCase()];
      expect(operation?.operationId).toBe(operationId);
      expect(operation?.tags).toEqual([definition.resource]);
      expect(Object.keys(operation?.responses ?? {})).toEqual(
        [String(definition.success.status), ...definition.errors.map(String)].sort(),
      );
    }
  });

  it('has every endpoint of the protocol.md table', () => {
    const table = protocolTable();
    expect(table.length).toBeGreaterThanOrEqual(15);
    for (const { method, path } of table) {
      const match = operations.some(
        (operation) =>
          operation.method === method && (operation.path === path || operation.path.startsWith(`${path}/{`)),
      );
      expect(match, `${method} ${path}`).toBe(true);
    }
  });

  it('references the catalog records as components, each one it uses and no other', () => {
    // `page` is the envelope of every list answer, which each list operation spells out with its items.
    const used = schemaNames.filter((name) => name !== 'page');
    expect(Object.keys(document.components.schemas).sort()).toEqual(used.map(pascalCase).sort());
    const createReferral = document.paths['/v1/referrals']?.post;
    expect(createReferral?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/ReferralCreate',
    });
    expect(JSON.stringify(document)).not.toMatch(
      /"\$ref":"#\/components\/schemas\/[a-zA-Z]+\.(params|query|body|response)"/,
    );
  });

  it('answers errors as problem+json and takes Idempotency-Key where the contract says so', () => {
    for (const { operation } of operations) {
      const definition = contract[operation.operationId as keyof typeof contract];
      for (const status of definition.errors) {
        expect(operation.responses[status]?.$ref).toBe(`#/components/responses/Problem${status}`);
        expect(document.components.responses[`Problem${status}`]?.content).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } },
        });
      }
      const idempotencyHeader = operation.parameters.some(
        (parameter) => parameter.$ref === '#/components/parameters/IdempotencyKey',
      );
      expect(idempotencyHeader, operation.operationId).toBe(
        'idempotent' in definition && definition.idempotent === true,
      );
    }
  });

  it("names the protocol's headers as the schemas package exports them", () => {
    expect(document.components.parameters.IdempotencyKey).toMatchObject({ name: idempotencyKeyHeader, in: 'header' });
    const created = document.paths['/v1/referrals']?.post?.responses['201'] as { headers?: Record<string, unknown> };
    expect(Object.keys(created.headers ?? {})).toEqual([requestIdHeader, 'Idempotent-Replayed']);
  });

  it('declares bearer security per credential, none for public endpoints', () => {
    expect(document.paths['/v1']?.get?.security).toEqual([]);
    expect(document.paths['/v1/referrals']?.post?.security).toEqual([{ contactToken: [] }, { publishableKey: [] }]);
    expect(document.paths['/v1/organisations']?.post?.security).toEqual([{ adminToken: [] }]);
  });

  it('turns path and query schemas into parameters', () => {
    const search = document.paths['/v1/services']?.get;
    expect(search?.parameters.map((parameter) => parameter.name)).toEqual([
      'q',
      'country',
      'victimType',
      'assistance',
      'language',
      'delivery',
      'freeOfCharge',
      'openNow',
      'near',
      'radiusKm',
      'organisation',
      'accessibility',
      'age',
      'acceptingReferrals',
      'interpretation',
      'updatedSince',
      'limit',
      'cursor',
    ]);
    expect(search?.parameters.every((parameter) => parameter.in === 'query' && parameter.required === false)).toBe(
      true,
    );
    expect(document.paths['/v1/referrals/{id}']?.get?.parameters).toEqual([
      expect.objectContaining({ name: 'id', in: 'path', required: true }),
    ]);
  });

  it('spells out the two values of a boolean query parameter', () => {
    const parameterSchema = (path: string, name: string) =>
      document.paths[path]?.get?.parameters.find((parameter) => parameter.name === name)?.schema;
    for (const [path, name] of [
      ['/v1/services', 'freeOfCharge'],
      ['/v1/services', 'openNow'],
      ['/v1/referrals', 'overdue'],
    ] as const) {
      expect(parameterSchema(path, name)).toEqual({ type: 'string', enum: ['true', 'false'] });
    }
  });
});
