import type { BloBridge, ChannelName, Contract, InputOf, OutputOf, Result } from '../../src-shared/contract/index.js';
import { createHttpBridge } from './http-bridge.js';

declare global {
  interface Window {
    blo?: BloBridge;
  }
}

function resolveBridge(): BloBridge {
  if (window.blo) return window.blo;
  const token = document.querySelector<HTMLMetaElement>('meta[name="blo-token"]')?.content;
  if (token) return createHttpBridge(token);
  throw new Error('BLO Desk must be opened in the app or through the test host.');
}

export const bridge = resolveBridge();

/** Typed call to the engine. Always resolves: errors are data. */
export function invoke<K extends ChannelName>(channel: K, input: InputOf<Contract[K]>): Promise<Result<OutputOf<Contract[K]>>> {
  return bridge.invoke(channel, input) as Promise<Result<OutputOf<Contract[K]>>>;
}
