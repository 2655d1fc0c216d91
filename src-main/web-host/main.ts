/** `npm run web`: the real engine on a real vault, the built renderer, over loopback HTTP. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startEngine } from '../engine/engine-client.js';
import { startWebHost } from './server.js';

const { values } = parseArgs({
  options: { data: { type: 'string' }, port: { type: 'string' }, 'idle-lock-seconds': { type: 'string' }, 'no-warm-up': { type: 'boolean' } },
});
const here = fileURLToPath(new URL('.', import.meta.url));
const dataDir = resolve(values.data ?? process.env.BLO_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'blo-desk-')));
const appVersion = JSON.parse(readFileSync(join(here, '../../package.json'), 'utf8')).version as string;

const idleLockSecondsOverride = values['idle-lock-seconds'] ? Number(values['idle-lock-seconds']) : undefined;
const engine = startEngine({ dataDir, appVersion, workerFile: join(here, 'engine-worker.mjs'), restart: true, idleLockSecondsOverride, warmUpDocuments: !values['no-warm-up'] });
await engine.ready();
const host = await startWebHost({ engine, rendererDir: join(here, '../renderer'), port: Number(values.port ?? 0) });

console.log(`BLO Desk test host: ${host.url}`);
console.log(`data folder: ${dataDir}`);

const shutdown = async () => {
  await host.close();
  await engine.stop();
  process.exit(0);
};
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());
