/**
 * Gzip sizes as the packages' own size-limit configurations describe them (widgets: every npm
 * entry and the CDN file; client: its entries and `createTransport` alone), as bench rows.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const widgetsDir = fileURLToPath(new URL('..', import.meta.url));
const clientDir = dirname(
  createRequire(join(widgetsDir, 'package.json')).resolve('@victim-referral/client/package.json'),
);

/** Runs the size-limit installed in `packageDir` with that package's configuration. */
function sizeLimitJson(packageDir) {
  const require = createRequire(join(packageDir, 'package.json'));
  const manifestPath = require.resolve('size-limit/package.json');
  const bin = join(dirname(manifestPath), JSON.parse(readFileSync(manifestPath, 'utf8')).bin);
  return new Promise((resolve, reject) => {
    // size-limit exits with 1 when a budget is exceeded; the JSON on stdout is what counts here.
    execFile(process.execPath, [bin, '--json'], { cwd: packageDir }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout));
      } catch {
        reject(new Error(`size-limit in ${packageDir} printed no JSON: ${stderr || error?.message}`));
      }
    });
  });
}

function toRows(packageName, results) {
  return results.map(({ name, size, sizeLimit, passed }) => ({
    name: `${packageName} gzip size: ${name}`,
    value: Math.round(size / 10) / 100,
    unit: 'kB gzip',
    notes: `size-limit (1 kB = 1000 B); budget ${sizeLimit / 1000} kB${passed ? '' : ', OVER BUDGET'}`,
  }));
}

export async function bundleSizeRows() {
  const [widgets, client] = await Promise.all([sizeLimitJson(widgetsDir), sizeLimitJson(clientDir)]);
  return [...toRows('@victim-referral/widgets', widgets), ...toRows('@victim-referral/client', client)];
}
