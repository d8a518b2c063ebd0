// Runs `npm ci` only when node_modules does not match package-lock.json, so repeated Maven builds skip a
// 30-second install. The marker records what the last successful install was made from: the lockfile and the
// Node version (native packages such as Vite's bundler are built per Node/platform).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

process.chdir(fileURLToPath(new URL('..', import.meta.url)));

const marker = 'node_modules/.encadena-install-marker';
const fingerprint = createHash('sha256')
  .update(readFileSync('package-lock.json'))
  .update(`${process.version} ${process.platform} ${process.arch}`)
  .digest('hex');

if (existsSync(marker) && readFileSync(marker, 'utf8') === fingerprint) {
  console.log('[ui] node_modules matches package-lock.json; skipping npm ci');
  process.exit(0);
}

console.log('[ui] installing dependencies with npm ci');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], {
  stdio: 'inherit',
  // Browsers come from the system (Debian chromium); never let a package download one.
  env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
});
if (result.status !== 0) {
  console.error(`[ui] npm ci failed (exit ${result.status ?? result.signal})`);
  process.exit(result.status ?? 1);
}
writeFileSync(marker, fingerprint);
