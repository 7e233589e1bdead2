#!/usr/bin/env node
// The browser tests run against Debian's chromium at /usr/bin/chromium (playwright.config.ts), never a browser
// downloaded by `npx playwright install`. Install it with apt when it is missing; say what is done, and fail clearly.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = '/usr/bin/chromium';

if (existsSync(CHROMIUM)) {
  console.log(`ensure-chromium: ${CHROMIUM} is present`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasSudo = !isRoot && spawnSync('sh', ['-c', 'command -v sudo'], { stdio: 'ignore' }).status === 0;

function fail(message) {
  console.error(`ensure-chromium: ${message}`);
  console.error('ensure-chromium: install it yourself (Debian/Ubuntu: `sudo apt-get install -y chromium`) and run the tests again.');
  process.exit(1);
}

if (!isRoot && !hasSudo) fail(`${CHROMIUM} is missing, and this user is not root and has no sudo to install it with apt.`);
if (spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status !== 0) {
  fail(`${CHROMIUM} is missing and apt-get is not available on this machine.`);
}

/** Runs an apt-get command (through sudo when not root), echoing it first; returns true on success. */
function aptGet(args) {
  const command = isRoot ? 'apt-get' : 'sudo';
  const fullArgs = isRoot ? args : ['apt-get', ...args];
  console.log(`ensure-chromium: $ ${[command, ...fullArgs].join(' ')}`);
  const result = spawnSync(command, fullArgs, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (result.error) console.error(`ensure-chromium: ${result.error.message}`);
  return result.status === 0;
}

console.log(`ensure-chromium: ${CHROMIUM} is missing; installing Debian's chromium package with apt`);
let installed = aptGet(['install', '-y', 'chromium']);
if (!installed) {
  console.log('ensure-chromium: the install failed; refreshing the package lists and trying again');
  if (!aptGet(['update'])) fail('`apt-get update` failed (is the network or the package mirror reachable?).');
  installed = aptGet(['install', '-y', 'chromium']);
}
if (!installed) fail('`apt-get install -y chromium` failed.');
if (!existsSync(CHROMIUM)) fail(`the chromium package installed, but ${CHROMIUM} still does not exist.`);
console.log(`ensure-chromium: installed ${CHROMIUM}`);
