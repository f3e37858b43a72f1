// `pnpm --filter @victim-referral/react-example start`: a seeded sandbox and the built example in
// front of it, on loopback, until Ctrl+C.
import { startSandbox } from '@victim-referral/sandbox';
import { startExampleServer } from './example-server.mjs';

const sandbox = await startSandbox({ port: 0, db: ':memory:', seed: true });
const [member] = sandbox.credentials.organisations;
const site = await startExampleServer({ port: 5180, apiBase: sandbox.url, publishableKey: member.publishableKey });
console.log(`React example: ${site.url} (sandbox ${sandbox.url}, as ${member.name})`);
