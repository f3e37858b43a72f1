/** Discovery: `GET /v1`, the OpenAPI document and JSON Schemas it links to, and the taxonomy. */
import {
  contract,
  type EndpointDefinition,
  ProtocolInfo,
  requestIdHeader,
  vocabularies,
} from '@victim-referral/schemas';
import { expectThat } from '../check.js';
import type { CheckGroup } from '../runner.js';
import { expectStatus } from './expect.js';

/** Every endpoint a server of the protocol answers: the contract's, but for the sandbox's own. */
const protocolEndpoints = (Object.values(contract) as EndpointDefinition[]).filter(
  (endpoint) => endpoint.resource !== 'sandbox',
);

export const discovery: CheckGroup = {
  id: 'discovery',
  title: 'Discovery and OpenAPI',
  async run({ session, check }) {
    const { wire } = session;
    let links: { openapi: string; jsonSchemas: string } | undefined;
    const linked = (link: string) => new URL(link, `${session.baseUrl.replace(/\/+$/, '')}/`).toString();

    await check('GET /v1 names the protocol, a 1.x version and its descriptions', async () => {
      const answer = await wire('GET', '/v1');
      expectStatus(answer, 200);
      const parsed = ProtocolInfo.safeParse(answer.body);
      expectThat(parsed.success, 'a ProtocolInfo body', JSON.stringify(answer.body).slice(0, 200), answer);
      links = parsed.data.links;
    });

    await check(`every answer carries an ${requestIdHeader} header`, async () => {
      for (const path of ['/v1', '/v1/taxonomy', '/v1/no-such-endpoint']) {
        const answer = await wire('GET', path);
        expectThat(answer.requestId, `${requestIdHeader} on GET ${path}`, `none (status ${answer.status})`);
      }
    });

    await check('the OpenAPI document is OpenAPI 3.1 and describes every endpoint of the protocol', async () => {
      expectThat(links, 'the link from GET /v1', 'no link (GET /v1 failed)');
      const response = await session.recorder.fetch(linked(links.openapi));
      const document = (await response.json().catch(() => undefined)) as
        | { openapi?: string; paths?: Record<string, Record<string, unknown>> }
        | undefined;
      expectThat(response.ok && document, 'a JSON document', `${response.status}`);
      expectThat(String(document.openapi).startsWith('3.1'), '"openapi": "3.1.x"', `"openapi": ${document.openapi}`);
      const missing = protocolEndpoints
        .filter((endpoint) => !document.paths?.[endpoint.path]?.[endpoint.method.toLowerCase()])
        .map((endpoint) => `${endpoint.method} ${endpoint.path}`);
      expectThat(missing.length === 0, 'every endpoint of the contract', `missing ${missing.join(', ')}`);
    });

    await check('the JSON Schemas link answers a JSON document', async () => {
      expectThat(links, 'the link from GET /v1', 'no link (GET /v1 failed)');
      const response = await session.recorder.fetch(linked(links.jsonSchemas));
      const body = await response.json().catch(() => undefined);
      expectThat(response.ok && typeof body === 'object' && body !== null, '200 with JSON', `${response.status}`);
    });

    await check('the taxonomy lists every code of every vocabulary with labels', async () => {
      const answer = await wire('GET', '/v1/taxonomy');
      expectStatus(answer, 200);
      const served: Record<string, { code: string; labels: Record<string, string> }[]> =
        answer.body?.vocabularies ?? {};
      const missing = Object.entries(vocabularies).flatMap(([name, terms]) => {
        const codes = new Set((served[name] ?? []).map((term) => term.code));
        return terms.filter((term) => !codes.has(term.code)).map((term) => `${name}/${term.code}`);
      });
      expectThat(missing.length === 0, 'every code', `missing ${missing.slice(0, 10).join(', ')}`, answer);
      const unlabelled = Object.entries(served).flatMap(([name, terms]) =>
        terms.filter((term) => Object.keys(term.labels ?? {}).length === 0).map((term) => `${name}/${term.code}`),
      );
      expectThat(unlabelled.length === 0, 'a label on every term', `none on ${unlabelled.join(', ')}`, answer);
    });
  },
};
