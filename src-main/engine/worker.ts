/** Entry point of the engine worker thread. Everything that holds data runs here, never in a window. */
import { parentPort, workerData } from 'node:worker_threads';
import { warmUp } from '../documents/index.js';
import { createEngine } from './engine.js';
import type { EngineWorkerData, FromEngine, ToEngine } from './protocol.js';

if (!parentPort) throw new Error('engine worker must run in a worker thread');
const port = parentPort;
const send = (message: FromEngine) => port.postMessage(message);
const data = workerData as EngineWorkerData;

const engine = createEngine({
  dataDir: data.dataDir,
  appVersion: data.appVersion,
  nativeBinding: data.nativeBinding,
  idleLockSecondsOverride: data.idleLockSecondsOverride,
  emit: (name, payload) => send({ type: 'event', name, payload }),
});

// Calls run one at a time, in arrival order: the database is synchronous anyway, and a sign-in,
// a lock and a save can never interleave half-way.
let queue: Promise<unknown> = Promise.resolve();

port.on('message', (message: ToEngine) => {
  switch (message.type) {
    case 'invoke':
      queue = queue.then(async () => {
        const result = await engine.dispatch(message.channel, message.input);
        send({ type: 'result', id: message.id, result });
      });
      break;
    case 'power':
      queue = queue.then(() => engine.power(message.event));
      break;
    case 'close':
      queue = queue.then(async () => {
        await engine.close();
        port.close();
      });
      break;
  }
});

send({ type: 'ready' });
// Parse the document fonts while the officer signs in, so the first print is not the slow one.
setTimeout(() => void warmUp().catch((error) => console.error('[engine] font warm-up failed:', error)), 200);
