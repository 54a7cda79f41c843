// What each entry costs a host (min+gzip, lit included; lazy chunks apart),
// measured the way .ci/bundle-size.mjs does, next to the peers bundled the same way,
// and how much of define.js a desk runs to paint (first-paint.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries, measure } from '../../.ci/bundle-size.mjs';
import { OUT } from './build.mjs';
import { firstPaint } from './first-paint.mjs';

const PEERS = {
  'vaadin-message-list + vaadin-message-input': "import '@vaadin/message-list';\nimport '@vaadin/message-input';\n",
  'deep-chat': "import 'deep-chat';\n",
  'floor: lit + @lit-labs/virtualizer': "import '@lit-labs/virtualizer';\n",
};

export async function bundleSizes() {
  const ours = [];
  for (const [name, file] of entries()) ours.push({ name, ...(await measure(file)) });
  const dir = join(OUT, 'entries');
  mkdirSync(dir, { recursive: true });
  const peers = [];
  for (const [name, source] of Object.entries(PEERS)) {
    const file = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.js`);
    writeFileSync(file, source);
    peers.push({ name, ...(await measure(file)) });
  }
  return { ours, peers, firstPaint: await firstPaint() };
}
