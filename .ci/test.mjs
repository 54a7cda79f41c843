// npm test: type check, build, the minified styles against their sources, manifest and
// typings freshness, bundle budget, then every browser test in real headless Chrome/Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { GENERATED_TYPINGS } from './cem-typings.mjs';
import { findChrome } from './find-chrome.mjs';

function step(title, cmd, args, env = {}) {
  console.log(`\n▶ ${title}`);
  execFileSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
}

/** custom-elements.json and the typings generated with it (types/, see .ci/cem-typings.mjs). */
function checkManifest() {
  console.log('\n▶ custom-elements.json and types/ are fresh');
  // The analyzer resolves its output folder against the working directory.
  mkdirSync('node_modules/.cache', { recursive: true });
  const dir = relative(process.cwd(), mkdtempSync(join('node_modules/.cache', 'ol-cem-')));
  try {
    execFileSync('npx', ['cem', 'analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs'], {
      stdio: 'pipe',
      env: { ...process.env, CEM_OUTDIR: dir },
    });
    const stale = [];
    const same = (file, parse) => {
      const fresh = readFileSync(join(dir, file), 'utf8');
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      if (committed === undefined || parse(fresh) !== parse(committed)) stale.push(file);
    };
    const json = (text) => JSON.stringify(JSON.parse(text));
    same('custom-elements.json', json);
    for (const file of GENERATED_TYPINGS) same(join('types', file), file.endsWith('.json') ? json : (text) => text);
    if (stale.length) {
      console.error(`Stale: ${stale.join(', ')}. Run \`npm run analyze\` and commit the result.`);
      process.exit(1);
    }
    console.log(`custom-elements.json and ${GENERATED_TYPINGS.length} typing files in types/ match the sources.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

try {
  const chrome = findChrome();
  step('Type check (sources, tests and the typed-event compile test)', 'npx', ['tsc', '-p', 'test/tsconfig.json']);
  step('Build', 'node', ['.ci/build.mjs']);
  step('Minified css`` literals parse to the same rules as the sources', 'node', ['.ci/check-css-literals.mjs']);
  checkManifest();
  step('Bundle sizes (min+gzip) and the define.js ceiling', 'node', ['.ci/bundle-size.mjs', '--check']);
  step('Browser tests (headless Chromium)', 'npx', ['wtr'], { CHROME_PATH: chrome });
} catch (error) {
  if (error?.status === undefined) console.error(error?.message ?? error);
  process.exit(typeof error?.status === 'number' && error.status !== 0 ? error.status : 1);
}
