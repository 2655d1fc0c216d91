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

port.on('message', (message: ToEngine) => {
  switch (message.type) {
    case 'invoke':
      void engine.dispatch(message.channel, message.input).then((result) => send({ type: 'result', id: message.id, result }));
      break;
    case 'power':
      void engine.power(message.event);
      break;
    case 'close':
      void engine.close().finally(() => port.close());
      break;
  }
});

send({ type: 'ready' });
// Parse the document fonts while the officer signs in, so the first print is not the slow one.
if (data.warmUpDocuments !== false) setTimeout(() => void warmUp().catch((error) => console.error('[engine] font warm-up failed:', error)), 200);
