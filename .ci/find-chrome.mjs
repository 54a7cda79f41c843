// Finds a Chrome or Chromium binary for the browser tests, the story smoke test
// and the benchmark: CHROME_PATH first, then the usual install paths. On a Debian
// machine, as root, with none installed, it installs Debian's `chromium`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for a headless Chromium on a machine with a closed network and no GPU. */
export const CHROME_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Pages of tests running side by side keep their timers and animation frames.
  '--disable-renderer-backgrounding',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
];

function found() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist.`);
  }
  return CANDIDATES.find((path) => existsSync(path));
}

function isDebian() {
  try {
    return /debian|ubuntu/i.test(readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
}

export function findChrome({ install = true } = {}) {
  let path = found();
  if (path) return path;
  const root = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && root && isDebian()) {
    console.log('No Chrome or Chromium found: installing Debian\'s chromium package…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    path = found();
    if (path) return path;
  }
  throw new Error(
    [
      'No Chrome or Chromium was found for the browser tests.',
      'Install one, then run again:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium',
      '  Fedora:        sudo dnf install -y chromium',
      '  macOS:         brew install --cask chromium   (or install Google Chrome)',
      'or point CHROME_PATH at an existing Chrome/Chromium binary.',
    ].join('\n'),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(findChrome());
}
