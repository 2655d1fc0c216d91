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

const closedListeners = new Set<() => void>();

/** Called when any answer says the vault is locked or nobody is signed in (e.g. an event was missed). */
export function onVaultClosed(listener: () => void): () => void {
  closedListeners.add(listener);
  return () => closedListeners.delete(listener);
}

/** Typed call to the engine. Always resolves: errors are data. */
export async function invoke<K extends ChannelName>(channel: K, input: InputOf<Contract[K]>): Promise<Result<OutputOf<Contract[K]>>> {
  const result = (await bridge.invoke(channel, input)) as Result<OutputOf<Contract[K]>>;
  if (!result.ok && (result.error.code === 'locked' || result.error.code === 'not_signed_in')) closedListeners.forEach((listener) => listener());
  return result;
}
