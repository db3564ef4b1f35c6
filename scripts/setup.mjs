#!/usr/bin/env node
// One-time set-up that `npm start` and `npm test` run first, so both work on a fresh machine:
// installs the npm dependencies when they are missing or stale, and (with --browser) Debian's
// Chromium for the browser tests. Plain Node, no dependencies: it runs before they exist.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const wantBrowser = process.argv.includes('--browser');
export const CHROMIUM = process.env.PARLEY_CHROMIUM ?? '/usr/bin/chromium';

/** @param {string} command @param {string[]} args */
function run(command, args) {
  console.log(`[setup] ${command} ${args.join(' ')}`);
  execFileSync(command, args, { cwd: root, stdio: 'inherit' });
}

function checkNode() {
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 20) {
    console.error(`[setup] Parley needs Node.js 20 or newer; this is ${process.version}.`);
    process.exit(1);
  }
}

/** npm ci when node_modules is missing or was installed from a different lockfile. */
function installDependencies() {
  const lock = join(root, 'package-lock.json');
  const stamp = join(root, 'node_modules', '.parley-lock-hash');
  const hash = createHash('sha256').update(readFileSync(lock)).digest('hex');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  run('npm', ['ci', '--no-audit', '--no-fund']);
  writeFileSync(stamp, hash);
}

function installBrowser() {
  if (existsSync(CHROMIUM)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']);
    if (existsSync(CHROMIUM)) return;
    console.error(`[setup] apt-get installed chromium, but there is no browser at ${CHROMIUM}.`);
    process.exit(1);
  }
  console.error(
    `[setup] The browser tests need Debian's Chromium at ${CHROMIUM}. Install it with:\n\n` +
      '    sudo apt-get update && sudo apt-get install -y chromium\n\n' +
      'or point PARLEY_CHROMIUM at another Chromium binary, then run npm test again.',
  );
  process.exit(1);
}

checkNode();
installDependencies();
if (wantBrowser) installBrowser();
