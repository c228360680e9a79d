// Finds a Chromium for the browser tests, and installs one when asked and none is found.
// Order: $CHROMIUM_PATH, Playwright's own Chromium, a system Chromium, then an install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The flags Chromium needs on a locked-down machine without a sandbox or network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

function onPath(name) {
  const result = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  const found = result.stdout.trim();
  return result.status === 0 && found ? found : undefined;
}

/** The path of a usable Chromium, or undefined when there is none. */
export function findBrowser() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browsers were never downloaded.
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  for (const name of SYSTEM_BROWSERS) {
    const found = onPath(name);
    if (found) return found;
  }
  return undefined;
}

function tryRun(command, args, timeoutMs) {
  const result = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'ignore'], timeout: timeoutMs });
  return result.status === 0;
}

/** Finds a browser, installing one if needed; exits with one clear sentence when impossible. */
export function ensureBrowser() {
  const found = findBrowser();
  if (found) return found;

  console.log('No Chromium found: installing one with `playwright install chromium`…');
  if (
    tryRun(process.execPath, [new URL('../node_modules/@playwright/test/cli.js', import.meta.url).pathname, 'install', 'chromium'], 180_000)
  ) {
    const installed = findBrowser();
    if (installed) return installed;
  }

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && onPath('apt-get')) {
    console.log("Playwright's download is not available here: installing Debian's chromium package with apt-get…");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'ignore', env });
    } catch {
      // Reported below with the instructions.
    }
    const installed = findBrowser();
    if (installed) return installed;
  }

  console.error(
    'No Chromium could be found or installed: install one (`npx playwright install chromium`, or `sudo apt-get install chromium` on Debian) or set CHROMIUM_PATH to its executable.',
  );
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(`Browser for the tests: ${ensureBrowser()}`);
}
