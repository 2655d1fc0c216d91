import { Worker } from 'node:worker_threads';
import type { EngineEventName, Result } from '../../src-shared/contract/index.js';
import type { PowerEvent } from './engine.js';
import type { EngineWorkerData, FromEngine, ToEngine } from './protocol.js';

export interface EngineClientOptions extends EngineWorkerData {
  /** The built worker script (build/main/engine-worker.mjs). */
  workerFile: string | URL;
  /** Restart the worker when it dies (the shell wants this; some tests do not). */
  restart?: boolean;
}

export type EngineListener = (name: EngineEventName, payload: unknown) => void;

const ENGINE_GONE_MESSAGE = {
  vi: 'Bộ xử lý dữ liệu vừa dừng đột ngột và đang khởi động lại. Dữ liệu đã lưu vẫn an toàn; hãy đăng nhập và thử lại.',
  en: 'The data engine stopped unexpectedly and is restarting. Saved data is safe; sign in and try again.',
};
const ENGINE_GONE: Result<never> = { ok: false, error: { code: 'internal', message: ENGINE_GONE_MESSAGE } };

/**
 * Starts the engine in a worker thread and talks to it. Used the same way by the Electron shell and the
 * loopback test host. If the worker dies, pending calls get a clear error and (optionally) a new worker starts.
 */
export function startEngine(options: EngineClientOptions) {
  const listeners = new Set<EngineListener>();
  const pending = new Map<number, (result: Result<unknown>) => void>();
  let nextId = 1;
  let worker: Worker;
  let ready: Promise<void>;
  let stopping = false;

  const emit: EngineListener = (name, payload) => listeners.forEach((listener) => listener(name, payload));

  function spawn() {
    worker = new Worker(options.workerFile, {
      workerData: {
        dataDir: options.dataDir,
        appVersion: options.appVersion,
        nativeBinding: options.nativeBinding,
        idleLockSecondsOverride: options.idleLockSecondsOverride,
        warmUpDocuments: options.warmUpDocuments,
      } satisfies EngineWorkerData,
    });
    ready = new Promise((resolve, reject) => {
      worker.once('error', reject);
      worker.on('message', function onReady(message: FromEngine) {
        if (message.type === 'ready') {
          worker.off('message', onReady);
          worker.off('error', reject);
          resolve();
        }
      });
    });
    ready.catch(() => {}); // a failed start is reported through 'exit' below
    worker.on('message', (message: FromEngine) => {
      if (message.type === 'result') {
        pending.get(message.id)?.(message.result);
        pending.delete(message.id);
      } else if (message.type === 'event') emit(message.name, message.payload);
    });
    worker.on('error', (error) => console.error('[engine] worker error:', error));
    worker.on('exit', (code) => {
      for (const resolve of pending.values()) resolve(ENGINE_GONE);
      pending.clear();
      if (stopping) return;
      emit('engine.crashed', { message: ENGINE_GONE_MESSAGE });
      emit('vault.locked', { reason: 'engine-restart' });
      console.error(`[engine] worker exited with code ${code}`);
      if (options.restart) spawn();
    });
  }

  spawn();

  const post = (message: ToEngine) => worker.postMessage(message);

  return {
    /** Resolves when the worker has started. */
    ready: () => ready,
    async invoke(channel: string, input: unknown): Promise<Result<unknown>> {
      await ready.catch(() => {});
      const id = nextId++;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        try {
          post({ type: 'invoke', id, channel, input });
        } catch {
          // Input that cannot be cloned (functions, symbols…) never reaches the engine.
          pending.delete(id);
          resolve({
            ok: false,
            error: { code: 'invalid_input', message: { vi: 'Dữ liệu gửi đi không hợp lệ.', en: 'The request could not be sent.' } },
          });
        }
      });
    },
    on(listener: EngineListener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    power(event: PowerEvent) {
      post({ type: 'power', event });
    },
    /** For tests and the shell's crash handling: the current worker thread. */
    get worker() {
      return worker;
    },
    async stop() {
      stopping = true;
      post({ type: 'close' });
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      const timeout = setTimeout(() => void worker.terminate(), 5000);
      await exited;
      clearTimeout(timeout);
    },
  };
}

export type EngineClient = ReturnType<typeof startEngine>;
