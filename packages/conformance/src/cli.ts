/**
 * `victim-referral-conformance --base-url URL --credentials FILE [--only GROUP…] [--junit FILE]
 * [--json] [--webhook-receiver URL [--webhook-listen [HOST:]PORT]]`: runs the kit against a server
 * and exits 1 if any check failed (2 when it could not start).
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkGroups } from './checks/index.js';
import { readCredentials } from './credentials.js';
import { formatResult, formatSummary } from './report/human.js';
import { junitXml } from './report/junit.js';
import { runConformance, selectGroups } from './runner.js';
import { webhookReceiverOptions } from './webhook-receiver.js';

const usage = `Usage: victim-referral-conformance --base-url URL --credentials FILE [options]
  --base-url URL            the server under test, e.g. https://referrals.example.org
  --credentials FILE        the kit's credentials (the sandbox's --credentials-out file has this shape)
  --only GROUP…             run only these groups (repeat, or separate with commas): ${checkGroups.map((g) => g.id).join(', ')}
  --junit FILE              also write a JUnit XML report to FILE
  --json                    print the report as JSON (progress goes to stderr)
  --webhook-receiver URL    a URL the server can deliver webhooks to, reaching the kit (without it, the webhooks group is skipped)
  --webhook-listen [HOST:]PORT  where the kit listens for them (default: the receiver URL's port; its host when loopback, else every interface)`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

let parsed: ReturnType<typeof parse>;
function parse() {
  return parseArgs({
    options: {
      'base-url': { type: 'string' },
      credentials: { type: 'string' },
      only: { type: 'string', multiple: true },
      junit: { type: 'string' },
      json: { type: 'boolean', default: false },
      'webhook-receiver': { type: 'string' },
      'webhook-listen': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
  });
}
try {
  parsed = parse();
} catch (error) {
  fail((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(usage);
  process.exit(0);
}
if (!values['base-url']) fail('Missing --base-url');
if (!values.credentials) fail('Missing --credentials');
if (positionals.length > 0 && !values.only) fail(`Unexpected argument ${positionals[0]}`);

const baseUrl = values['base-url'];
const only = [...(values.only ?? []), ...positionals].flatMap((value) => value.split(',')).filter(Boolean);
let setup: Pick<Parameters<typeof runConformance>[0], 'credentials' | 'webhookReceiver'>;
try {
  if (!/^https?:\/\//.test(baseUrl)) throw new Error(`--base-url must be an http(s) URL, got ${baseUrl}`);
  selectGroups(only);
  setup = {
    credentials: readCredentials(values.credentials),
    ...(values['webhook-receiver'] !== undefined && {
      webhookReceiver: webhookReceiverOptions(values['webhook-receiver'], values['webhook-listen']),
    }),
  };
} catch (error) {
  fail((error as Error).message);
}

const progress = values.json ? process.stderr : process.stdout;
const titles = new Map(checkGroups.map((group) => [group.id, group.title]));
let currentGroup: string | undefined;
const report = await runConformance({
  baseUrl,
  only,
  ...setup,
  onResult: (result) => {
    if (result.group !== currentGroup) {
      currentGroup = result.group;
      progress.write(`\n${titles.get(result.group)}\n`);
    }
    progress.write(`${formatResult(result)}\n`);
  },
});
progress.write(`${formatSummary(report)}\n`);
if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
if (values.junit) writeFileSync(values.junit, junitXml(report));
process.exit(report.totals.failed > 0 ? 1 : 0);
