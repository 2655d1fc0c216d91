import type { BloBridge, EngineEventName } from '../../src-shared/contract/index.js';

/**
 * The loopback test host's stand-in for the Electron preload: same `invoke`/`on`, carried over HTTP
 * to the real engine. The per-run token comes from a meta tag the host writes into the page.
 */
export function createHttpBridge(token: string): BloBridge {
  const headers = { 'content-type': 'application/json', 'x-blo-token': token };
  const handlers = new Map<EngineEventName, Set<(payload: unknown) => void>>();

  async function listen() {
    for (;;) {
      try {
        const response = await fetch('/api/events', { method: 'POST', headers });
        const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value;
          const lines = buffer.split('\n');
          buffer = lines.pop() ?? '';
          for (const line of lines.filter(Boolean)) {
            const { name, payload } = JSON.parse(line) as { name: EngineEventName; payload: unknown };
            handlers.get(name)?.forEach((handler) => handler(payload));
          }
        }
      } catch {
        // The host went away; try again shortly.
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  void listen();

  return {
    async invoke(channel, input) {
      try {
        const response = await fetch('/api/invoke', { method: 'POST', headers, body: JSON.stringify({ channel, input }) });
        if (!response.ok) throw new Error(String(response.status));
        return await response.json();
      } catch {
        return {
          ok: false,
          error: {
            code: 'io_error',
            message: { vi: 'Không kết nối được với bộ xử lý dữ liệu.', en: 'Could not reach the data engine.' },
          },
        };
      }
    },
    on(event, handler) {
      if (!handlers.has(event)) handlers.set(event, new Set());
      handlers.get(event)!.add(handler);
      return () => handlers.get(event)?.delete(handler);
    },
  };
}
